using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;

namespace DiplomacyGraph.Cli.Output;

/// <summary>How citations print for people: an indented quote line with the source title.</summary>
internal static class TextCitations
{
    public static void Write(TextWriter output, IEnumerable<Citation> citations, DiplomaticGraph graph, string indent = "    ")
    {
        foreach (var citation in citations)
        {
            TextRows.Quote(output, SourcedCitation.Of(citation, graph), indent);
        }
    }
}
