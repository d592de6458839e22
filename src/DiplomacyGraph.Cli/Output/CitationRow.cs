using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;

namespace DiplomacyGraph.Cli.Output;

/// <summary>A citation in JSON output: the source's id, title and address, and the quote or the dataset record.</summary>
internal sealed record CitationRow(string Source, string SourceTitle, string? SourceUrl, string? Quote, string? Dataset, string? Record)
{
    public static CitationRow Of(Citation c, DiplomaticGraph graph) => Of(ResolvedCitation.Of(c, graph));

    public static CitationRow Of(ResolvedCitation c) => c.Citation switch
    {
        RecordCitation r => new(c.SourceId, c.SourceTitle, c.SourceUrl, null, r.Dataset, r.Record),
        _ => new(c.SourceId, c.SourceTitle, c.SourceUrl, c.Quote, null, null),
    };
}
