using DiplomacyGraph.Model;

namespace DiplomacyGraph.Notebooks;

/// <summary>One relation as a one-row table, with its date and citations (source titles and entity names when its graph is given).</summary>
internal static class RelationView
{
    public static void WriteHtml(Relation relation, DiplomaticGraph? graph, TextWriter writer)
    {
        Html.BeginTable(writer, "relation", $"Relation {relation.Id}", RelationRows.Headers);
        RelationRows.WriteHtml(writer, [relation], graph);
        Html.EndTable(writer);
    }

    public static void WriteText(Relation relation, DiplomaticGraph? graph, TextWriter writer) =>
        RelationRows.WriteText(writer, relation, graph);
}
