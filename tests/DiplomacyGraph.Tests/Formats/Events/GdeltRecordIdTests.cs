using DiplomacyGraph.Formats.Events;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Tests.Formats.Events;

/// <summary>
/// A <c>GLOBALEVENTID</c> written plainly is read as its number (no string made for it), any other id as its text: the
/// relation id and the record citation are the same either way, as written.
/// </summary>
public class GdeltRecordIdTests
{
    private static Relation ImportOne(string globalEventId)
    {
        // A two-actor row of the sample, so that it becomes a relation.
        var fields = File.ReadLines(EventFixtures.Gdelt1).Select(l => l.Split('\t')).First(f => f[5].Length > 0 && f[15].Length > 0 && f[5] != f[15]);
        fields[0] = globalEventId;
        var graph = EventImport.Read(EventDataset.Gdelt, new StringReader(string.Join('\t', fields) + "\n"), "one.csv").Graph;
        return EventFixtures.Events(graph).Single();
    }

    [Theory]
    [InlineData("42", "42")]
    [InlineData(" 591045338 ", "591045338")]
    [InlineData("0", "0")]
    [InlineData("0042", "0042")]
    [InlineData("1234567890123456789", "1234567890123456789")]
    public void The_relation_id_and_record_are_the_id_as_written(string field, string written)
    {
        var relation = ImportOne(field);

        Assert.Equal("gdelt-" + written, relation.Id);
        var record = Assert.IsType<RecordCitation>(Assert.Single(relation.Citations));
        Assert.Equal((GdeltRows.Dataset, written), (record.Dataset, record.Record));
        Assert.Equal(new RecordCitation(record.SourceId, GdeltRows.Dataset, written), record);
    }

    [Fact]
    public void An_id_that_is_no_number_is_still_an_error_at_its_column()
    {
        var error = Assert.Throws<GraphFormatException>(() => ImportOne("59x"));

        var only = Assert.Single(error.Errors);
        Assert.Equal(("one.csv", 1, 1, "GLOBALEVENTID"), (only.Location!.File, only.Location.Line, only.Location.Column, only.Field));
    }
}
