using DiplomacyGraph.Model;

namespace DiplomacyGraph.Cli.Output;

/// <summary>How citations print for people: an indented quote line with the source title.</summary>
internal static class TextCitations
{
    public static void Write(TextWriter output, IEnumerable<Citation> citations, DiplomaticGraph graph, string indent = "    ")
    {
        foreach (var citation in citations)
        {
            output.WriteLine($"{indent}“{citation.Quote}” — {graph.GetSource(citation.SourceId).Title}");
        }
    }
}
