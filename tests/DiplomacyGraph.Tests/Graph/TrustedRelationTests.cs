using DiplomacyGraph.Model;
using static DiplomacyGraph.Tests.TestGraphs;

namespace DiplomacyGraph.Tests.Graph;

/// <summary>
/// Relations an importer vouches for (<see cref="GraphBuilder.AddTrustedRelation"/>) skip only the checks true by
/// construction: what can still be wrong (the id, the type, the ends' kinds, the attributes, a record id that is not a
/// number) is reported exactly as for any relation, located at the row the relation was read from.
/// </summary>
public class TrustedRelationTests
{
    private static readonly AttributeTemplate Template = new([new("cameo", "042"), new("tone", null)], "tone");

    private static Relation Event(string id, string type = "met", string record = "12345") => new()
    {
        Id = id,
        Type = type,
        From = "a",
        To = "b",
        Time = DateRange.Parse("2016-07-28"),
        Citations = [new RecordCitation(TestGraphs.Source, "GDELT", record)],
        Packed = (Template, -2.5),
    };

    private static GraphBuilder Actors() => Builder().AddEntity(Entity("a")).AddEntity(Entity("b")).AddEntity(Entity("c", EntityKind.Country));

    private static GraphError OnlyError(GraphBuilder builder) =>
        Assert.Single(Assert.Throws<GraphFormatException>(() => builder.Build()).Errors);

    [Fact]
    public void Trusted_relations_build_in_order_among_the_others()
    {
        var first = Relation("first", "met", "a", "b");
        var trusted = Event("e1");
        var last = Relation("last", "met", "b", "a");

        var graph = Actors().AddRelation(first).AddTrustedRelation(trusted, "rows.tsv", 3).AddTrustedRelation(Event("e2"), "rows.tsv", 4).AddRelation(last).Build();

        Assert.Equal(["first", "e1", "e2", "last"], graph.Relations.Select(r => r.Id));
        Assert.Same(trusted, graph.Relations[1]);
        Assert.Equal("-2.5", graph.Relations[1].Attributes["tone"]);
    }

    [Fact]
    public void An_unknown_type_is_an_error_at_the_row()
    {
        var error = OnlyError(Actors().AddTrustedRelation(Event("e1"), "rows.tsv", 2).AddTrustedRelation(Event("e2", type: "parley"), "rows.tsv", 7));

        Assert.Equal(("rows.tsv", 7, 1, "type", "e2"), (error.Location!.File, error.Location.Line, error.Location.Column, error.Field, error.ElementId));
        Assert.StartsWith("Unknown relation type 'parley'.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_end_its_type_refuses_is_an_error_at_the_row()
    {
        // holds-office points to a country or an organization, never to a person.
        var error = OnlyError(Actors().AddTrustedRelation(Event("e1", type: "holds-office"), "rows.tsv", 5));

        Assert.Equal(("rows.tsv", 5, "to"), (error.Location!.File, error.Location.Line, error.Field));
    }

    [Fact]
    public void A_duplicate_id_is_an_error_at_the_second_row_naming_the_first()
    {
        var error = OnlyError(Actors().AddTrustedRelation(Event("e1"), "rows.tsv", 2).AddTrustedRelation(Event("e1"), "more.tsv", 9));

        Assert.Equal(("more.tsv", 9, "id"), (error.Location!.File, error.Location.Line, error.Field));
        Assert.Equal("Duplicate relation id 'e1'; the first is at rows.tsv:2:1.", error.Message);
    }

    [Fact]
    public void A_bad_id_or_a_record_id_that_is_no_number_is_checked_in_full()
    {
        var errors = Assert.Throws<GraphFormatException>(() => Actors()
            .AddTrustedRelation(Event("Bad Id"), "rows.tsv", 3)
            .AddTrustedRelation(Event("e2", record: " "), "rows.tsv", 4)
            .Build()).Errors;

        Assert.Equal([("rows.tsv", 3, "id"), ("rows.tsv", 4, "citations[0].record")], errors.Select(e => (e.Location!.File, e.Location.Line, e.Field!)));
    }
}
