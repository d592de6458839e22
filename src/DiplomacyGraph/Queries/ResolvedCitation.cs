using System.Collections.Immutable;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>
/// A citation with its source resolved, ready to show: who says so (the source's title, address and publication date) and in
/// which words or record. This is the one "dated citation" of the library: a <see cref="Model.Citation"/> holds only the
/// source's id and the quote; every query result cites through this record.
/// </summary>
public sealed record ResolvedCitation
{
    /// <summary>Made by the queries only: a field added later does not break callers.</summary>
    internal ResolvedCitation(Citation citation, Source source)
    {
        Citation = citation;
        SourceTitle = source.Title;
        SourceUrl = source.Url;
        SourcePublished = source.Published;
    }

    /// <summary>A citation whose source is not known: its id stands in for the title; no address, no date.</summary>
    internal ResolvedCitation(Citation citation, string sourceTitle)
    {
        Citation = citation;
        SourceTitle = sourceTitle;
    }

    /// <summary>The citation: a <see cref="QuoteCitation"/> or a <see cref="RecordCitation"/>.</summary>
    public Citation Citation { get; init; }

    /// <summary>The source's title (its id when the source is not known).</summary>
    public string SourceTitle { get; init; }

    /// <summary>The source's <see cref="Source.Url"/>, when it has one.</summary>
    public string? SourceUrl { get; init; }

    /// <summary>When the source was published (<see cref="Source.Published"/>), as far as known; <see cref="DateRange.Unknown"/> otherwise.</summary>
    public DateRange SourcePublished { get; init; }

    /// <summary>The id of the cited <see cref="Source"/>.</summary>
    public string SourceId => Citation.SourceId;

    /// <summary>The verbatim quote; <see langword="null"/> for a record citation, which has no words.</summary>
    public string? Quote => Citation is QuoteCitation q ? q.Quote : null;

    /// <summary>What the citation shows, as plain text: the quote in quotation marks (<c>“…”</c>), or <c>ICEWS record 26870000</c>.</summary>
    public string Evidence => Describe(Citation);

    /// <summary>A citation as plain text: the quote in quotation marks, or the dataset and record.</summary>
    internal static string Describe(Citation citation) => citation switch
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
        return new ResolvedCitation(citation, source);
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
        citations.Select(c => Where(c, graph));

    /// <summary>A citation with its source resolved where the graph knows it, its id standing in for the title elsewhere (or without a graph).</summary>
    internal static ResolvedCitation Where(Citation citation, DiplomaticGraph? graph) =>
        graph is not null && graph.TryGetSource(citation.SourceId, out var source) ? new(citation, source) : new(citation, citation.SourceId);
}
