using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;

namespace DiplomacyGraph.Notebooks;

/// <summary>Draws history and timeline rows against a date axis.</summary>
public static class TimelineSvg
{
    /// <summary>
    /// An SVG timeline of history or timeline rows, one row each in the order given. A date known to the day is
    /// a dot; a fuzzy date (<c>2025-03</c>, <c>2025</c>) is a bar spanning every day it may fall on; an open end
    /// (<c>after 2025-05-20</c>) runs faded to the edge of the axis; an unknown date is a faded dashed bar.
    /// Planned rows (a planned relation or a meeting whose latest status is planned) are hollow. Colours follow
    /// the kind of the meeting or of the other party.
    /// </summary>
    /// <param name="entries">Rows from <see cref="HistoryQueries.History"/> or <see cref="HistoryQueries.Timeline"/>.</param>
    /// <param name="title">The drawing's title.</param>
    public static SvgImage ToTimelineSvg(this IEnumerable<HistoryEntry> entries, string title = "Timeline")
    {
        ArgumentNullException.ThrowIfNull(entries);
        // A statement row names the statement (its Meeting is only the occasion) and is coloured as a statement.
        var items = entries.Select(e => e.Kind == HistoryEntryKind.Statement
            ? new TimelineItem(StatementLabel(e), e.Time, e.Assertion == Assertion.Planned, EntityKind.Statement)
            : new TimelineItem(
                e.Meeting is { } meeting ? meeting.Name : Arrow(e),
                e.Time,
                e.Assertion == Assertion.Planned || e.Meeting?.Meeting is { Statuses.Length: > 0, Status: MeetingStatus.Planned },
                e.Meeting?.Kind ?? e.OtherParty.Kind)).ToList();
        return TimelineDrawing.Draw(title, items);
    }

    // Who said it, and what: "Ishaq Dar —said→ Dar says Pakistan expects action against the TTP".
    private static string StatementLabel(HistoryEntry e)
    {
        var speaker = e.Parties.FirstOrDefault(p => p.Role is not null && p.Role != BuiltInRelationTypes.About.Name)?.Entity ?? e.Party;
        return $"{speaker.Name} —{BuiltInRelationTypes.Said.Name}→ {e.Statement?.Name ?? e.OtherParty.Name}";
    }

    // The relation's own direction: a row's party may be the relation's end (Taliban → Pakistan seen from Pakistan).
    private static string Arrow(HistoryEntry e) =>
        e.Relations is [{ } r] && r.To == e.Party.Id && r.From == e.OtherParty.Id
            ? $"{e.OtherParty.Name} —{e.Type}→ {e.Party.Name}"
            : $"{e.Party.Name} —{e.Type}→ {e.OtherParty.Name}";
}
