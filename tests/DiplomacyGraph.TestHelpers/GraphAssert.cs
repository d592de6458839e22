using DiplomacyGraph.Model;

namespace DiplomacyGraph.Tests;

/// <summary>Field-by-field equality of two graphs, independent of any writer, so a round trip cannot hide a dropped field.</summary>
internal static class GraphAssert
{
    public static void Equivalent(DiplomaticGraph expected, DiplomaticGraph actual)
    {
        Assert.Equal(expected.ExtensionTypes.AsEnumerable(), actual.ExtensionTypes.AsEnumerable());
        Assert.Equal(expected.Sources.AsEnumerable(), actual.Sources.AsEnumerable());
        Pairwise(expected.Entities.Select(Describe), actual.Entities.Select(Describe));
        Pairwise(expected.Relations.Select(Describe), actual.Relations.Select(Describe));
    }

    /// <summary>Equal counts, then element by element, so a failure shows the one differing text and where it differs.</summary>
    private static void Pairwise(IEnumerable<string> expected, IEnumerable<string> actual)
    {
        var (e, a) = (expected.ToList(), actual.ToList());
        Assert.Equal(e.Count, a.Count);
        for (var i = 0; i < e.Count; i++)
        {
            Assert.Equal(e[i], a[i]);
        }
    }

    public static string Describe(Entity e) => string.Join(" | ",
        e.Id, e.Kind, e.Name, string.Join(";", e.Aliases),
        string.Join(";", e.Attributes.Select(a => $"{a.Key}={a.Value}")),
        e.Basis, e.Note ?? "-",
        Citations(e.Citations),
        e.Meeting is null ? "-" : string.Join(" / ",
            e.Meeting.Time,
            string.Join(";", e.Meeting.Statuses.Select(s => $"{s.Status}:{Citations(s.Citations)}")),
            string.Join(";", e.Meeting.Topics)),
        e.Statement is null ? "-" : string.Join(" / ",
            e.Statement.Act, e.Statement.Speech, e.Statement.Time, string.Join(";", e.Statement.Topics)));

    public static string Describe(Relation r) => string.Join(" | ",
        r.Id, r.Type, r.From, r.To, r.Time, r.Role ?? "-", r.Assertion, r.ClaimedBy ?? "-",
        string.Join(";", r.Attributes.Select(a => $"{a.Key}={a.Value}")), r.Basis, r.Note ?? "-", Citations(r.Citations));

    private static string Citations(IEnumerable<Citation> citations) => string.Join(";", citations.Select(c => $"{c.SourceId}:{c switch { QuoteCitation q => q.Quote, RecordCitation r => $"{r.Dataset}#{r.Record}", _ => "?" }}"));
}
