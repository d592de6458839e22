using System.Globalization;
using DiplomacyGraph.Queries;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Notebooks;

/// <summary>A path hop by hop: date, from, relation (with its direction), to, and the quote it rests on; then the sources.</summary>
internal static class PathHtml
{
    public static void WriteHtml(GraphPath path, TextWriter writer) => WriteHtml(path, Caption(path), writer);

    public static void WriteHtml(TimeRespectingPath path, TextWriter writer) => WriteHtml(path.Path, $"{Caption(path.Path)}; {Timing(path)}", writer);

    private static void WriteHtml(GraphPath path, string caption, TextWriter writer)
    {
        var notes = new Footnotes(null);
        Html.BeginTable(writer, "path", caption, "Date", "From", "Relation", "To", "Quote");
        foreach (var hop in path.Hops)
        {
            Html.Row(writer, Html.Date(hop.Time), Html.Escape(hop.From.Name), Html.Escape(Arrow(hop)), Html.Escape(hop.To.Name), Html.Citations([hop.FirstCitation], notes));
        }

        Html.EndTable(writer);
        notes.WriteHtml(writer);
    }

    private static string Caption(GraphPath path) => $"Path: {path} ({path.Length} hop{(path.Length == 1 ? "" : "s")})";

    private static string Timing(TimeRespectingPath path) =>
        $"{path.Mode.ToString().ToLowerInvariant()} time order from {IsoDay.Format(path.Start)}, arriving {IsoDay.Format(path.EarliestArrival)} at the earliest, {IsoDay.Format(path.ReachedBy)} at the latest";

    /// <summary>The relation type with an arrow in the direction it was stated.</summary>
    private static string Arrow(PathHop hop) => hop.Forward ? $"—{hop.Relation.Type}→" : $"←{hop.Relation.Type}—";
}
