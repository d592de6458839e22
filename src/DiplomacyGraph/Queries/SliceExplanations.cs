using System.Globalization;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>Why a time slice holds what it holds, in one sentence: so an empty or surprising slice explains itself.</summary>
public static class SliceExplanations
{
    /// <summary>
    /// Which sources <see cref="SliceQueries.KnownAsOf"/> keeps, and why the others go: "2 of 5 sources were certainly published
    /// on or before 2025-06-01; 2 are undated; 1 is dated only as after 2025-05-20, which may be later. Lenient mode also keeps
    /// sources possibly published by then (5 here)."
    /// </summary>
    /// <param name="graph">The whole graph (not the slice).</param>
    /// <param name="date">The day of the slice.</param>
    /// <param name="mode">Strict (certainly published by then) or lenient (possibly).</param>
    public static string ExplainKnownAsOf(this DiplomaticGraph graph, DateOnly date, TimeOrderMode mode = TimeOrderMode.Strict)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var day = Iso(date);
        var total = graph.Sources.Length;
        var certain = graph.Sources.Count(s => s.Published.Latest <= date);
        var possible = graph.Sources.Count(s => s.Published.Earliest <= date);
        var undated = graph.Sources.Count(s => s.Published.IsUnknown);
        var openEnded = graph.Sources.Where(s => !s.Published.IsUnknown && s.Published.Latest > date && s.Published.Earliest <= date).ToList();
        var later = graph.Sources.Count(s => s.Published.Earliest > date);
        if (mode == TimeOrderMode.Lenient)
        {
            return $"{Count(possible, total)} possibly published on or before {day} (lenient: undated sources count){(later > 0 ? $"; {later} certainly later" : string.Empty)}.";
        }

        var parts = new List<string>
        {
            certain == 0 ? $"no source has a certain publication date on or before {day}" : $"{Count(certain, total)} certainly published on or before {day}",
        };
        if (undated > 0)
        {
            parts.Add($"{undated} {(undated == 1 ? "is" : "are")} undated");
        }

        if (openEnded.Count > 0)
        {
            parts.Add($"{openEnded.Count} {(openEnded.Count == 1 ? "is" : "are")} dated only as {string.Join(", ", openEnded.Select(s => s.Published.ToString()).Distinct())}, which may be later");
        }

        if (later > 0)
        {
            parts.Add($"{later} certainly later");
        }

        var hint = possible > certain ? $" In lenient mode {possible} would count (possibly published by then)." : string.Empty;
        return string.Join("; ", parts) + "." + hint;
    }

    /// <summary>
    /// What <see cref="SliceQueries.AsOf"/> keeps and leaves out: "9 of 14 meetings had possibly begun by 2025-04-01 (3 of them
    /// undated); 5 certainly began later. 70 of 95 relations possibly held by then."
    /// </summary>
    /// <param name="graph">The whole graph (not the slice).</param>
    /// <param name="date">The day of the slice.</param>
    public static string ExplainAsOf(this DiplomaticGraph graph, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var day = Iso(date);
        var meetings = graph.EntitiesOfKind(EntityKind.Meeting);
        var kept = meetings.Count(m => m.Meeting!.Time.Earliest <= date);
        var undated = meetings.Count(m => m.Meeting!.Time.IsUnknown);
        var relations = graph.Relations.Count(r => r.Time.Earliest <= date);
        return $"{Count(kept, meetings.Length, "meeting")} had possibly begun by {day}"
            + (undated > 0 ? $" ({undated} undated, kept because they possibly had)" : string.Empty)
            + (meetings.Length > kept ? $"; {meetings.Length - kept} certainly began later" : string.Empty)
            + $". {Count(relations, graph.Relations.Length, "relation")} possibly held by then.";
    }

    private static string Count(int part, int total, string noun = "source") =>
        $"{part} of {total} {noun}{(total == 1 ? string.Empty : "s")}";

    private static string Iso(DateOnly day) => IsoDay.Format(day);
}
