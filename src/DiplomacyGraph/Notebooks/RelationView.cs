using DiplomacyGraph.Model;

namespace DiplomacyGraph.Notebooks;

/// <summary>One relation as a one-row table, with its date and citations.</summary>
internal static class RelationView
{
    public static void WriteHtml(Relation relation, TextWriter writer)
    {
        var graph = LiveGraphs.Containing(relation);
        Html.BeginTable(writer, "relation", $"Relation {relation.Id}", RelationRows.Headers);
        RelationRows.WriteHtml(writer, [relation], graph);
        Html.EndTable(writer);
    }

    public static void WriteText(Relation relation, TextWriter writer) =>
        RelationRows.WriteText(writer, relation, LiveGraphs.Containing(relation));
}
