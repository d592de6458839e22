using DiplomacyGraph.Model;

namespace DiplomacyGraph.Notebooks;

/// <summary>One relation as a one-row table with its date and quotes, then its sources (described when its graph is given).</summary>
internal static class RelationHtml
{
    public static void WriteHtml(Relation relation, DiplomaticGraph? graph, TextWriter writer)
    {
        var notes = new Footnotes(graph);
        Html.BeginTable(writer, "relation", $"{Html.EntityName(relation.From, graph)} —{relation.Type}→ {Html.EntityName(relation.To, graph)}", RelationRows.Headers);
        RelationRows.WriteHtml(writer, [relation], graph, notes);
        Html.EndTable(writer);
        notes.WriteHtml(writer);
    }
}
