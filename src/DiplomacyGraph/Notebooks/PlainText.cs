using System.Collections.Immutable;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Notebooks;

/// <summary>The plain-text counterparts of <see cref="Html"/>, for text-only front ends.</summary>
internal static class PlainText
{
    public static void Citations(TextWriter writer, IEnumerable<DiplomacyGraph.Queries.SourcedCitation> citations, string indent)
    {
        foreach (var citation in citations)
        {
            writer.WriteLine(citation.SourceUrl is { } url
                ? $"{indent}{citation.Evidence} — {citation.SourceTitle} <{url}>"
                : $"{indent}{citation.Evidence} — {citation.SourceTitle}");
        }
    }

    public static void Citations(TextWriter writer, ImmutableArray<Citation> citations, DiplomaticGraph? graph, string indent) =>
        Citations(writer, citations.Select(c => Html.Sourced(c, graph)), indent);
}
