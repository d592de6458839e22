using System.Collections.Immutable;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>A citation with its source's title (and address) resolved, ready to show: who says so, and in which words or record.</summary>
/// <param name="Citation">The citation: a <see cref="QuoteCitation"/> or a <see cref="RecordCitation"/>.</param>
/// <param name="SourceTitle">The source's title (its id when the source is not known).</param>
/// <param name="SourceUrl">The source's <see cref="Source.Url"/>, when it has one.</param>
public sealed record ResolvedCitation(Citation Citation, string SourceTitle, string? SourceUrl = null)
{
    /// <summary>The id of the cited <see cref="Source"/>.</summary>
    public string SourceId => Citation.SourceId;

    /// <summary>The verbatim quote; <see langword="null"/> for a record citation, which has no words.</summary>
    public string? Quote => Citation is QuoteCitation q ? q.Quote : null;

    /// <summary>What the citation shows, as plain text: the quote in quotation marks (<c>“…”</c>), or <c>ICEWS record 26870000</c>.</summary>
    public string Evidence => Describe(Citation);

    /// <summary>A citation as plain text: the quote in quotation marks, or the dataset and record.</summary>
    public static string Describe(Citation citation) => citation switch
    {
        QuoteCitation q => $"“{q.Quote}”",
        RecordCitation r => $"{r.Dataset} record {r.Record}",
        _ => throw new ArgumentOutOfRangeException(nameof(citation), citation, "A citation is a quote or a record."),
    };

    /// <summary>Resolves a citation's source in a graph.</summary>
    /// <exception cref="KeyNotFoundException">The graph has no such source.</exception>
    public static ResolvedCitation Of(Citation citation, DiplomaticGraph graph)
    {
        ArgumentNullException.ThrowIfNull(citation);
        ArgumentNullException.ThrowIfNull(graph);
        var source = graph.GetSource(citation.SourceId);
        return new ResolvedCitation(citation, source.Title, source.Url);
    }

    /// <summary>
    /// The citations, each once, with their sources resolved in the graph. A row has a handful, so duplicates are found by a
    /// linear search (record equality compares lengths first) rather than by hashing every quote.
    /// </summary>
    /// <exception cref="KeyNotFoundException">The graph lacks a cited source.</exception>
    internal static ImmutableArray<ResolvedCitation> EachOnce(IEnumerable<Citation> citations, DiplomaticGraph graph)
    {
        var unique = new List<Citation>(8);
        foreach (var citation in citations)
        {
            if (!unique.Contains(citation))
            {
                unique.Add(citation);
            }
        }

        var builder = ImmutableArray.CreateBuilder<ResolvedCitation>(unique.Count);
        foreach (var citation in unique)
        {
            builder.Add(Of(citation, graph));
        }

        return builder.MoveToImmutable();
    }

    /// <summary>Every citation with its source resolved where the graph knows it (its id standing in for the title elsewhere, or without a graph).</summary>
    internal static IEnumerable<ResolvedCitation> AllOf(IEnumerable<Citation> citations, DiplomaticGraph? graph) =>
        citations.Select(c => graph is not null && graph.TryGetSource(c.SourceId, out var s) ? new ResolvedCitation(c, s.Title, s.Url) : new ResolvedCitation(c, c.SourceId));
}
