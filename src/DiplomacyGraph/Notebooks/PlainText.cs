using System.Collections.Immutable;
using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;

namespace DiplomacyGraph.Notebooks;

/// <summary>The plain-text counterparts of <see cref="Html"/>, for text-only front ends.</summary>
internal static class PlainText
{
    /// <summary>Each quote once, in quotation marks once, with the footnote number of its source.</summary>
    public static void Citations(TextWriter writer, IEnumerable<SourcedCitation> citations, Footnotes notes, string indent)
    {
        foreach (var citation in QuoteText.Distinct(citations))
        {
            writer.WriteLine($"{indent}{QuoteText.Evidence(citation)} {notes.TextMarker(citation.SourceId, citation.SourceTitle)}");
        }
    }

    public static void Citations(TextWriter writer, ImmutableArray<Citation> citations, Footnotes notes, string indent) =>
        Citations(writer, citations.Select(notes.Resolve), notes, indent);
}
