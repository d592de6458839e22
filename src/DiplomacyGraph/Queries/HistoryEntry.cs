using System.Collections.Immutable;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>
/// One row of a history (<see cref="HistoryQueries.History"/>) or timeline (<see cref="HistoryQueries.Timeline"/>):
/// a relation, or a meeting taken part in, with its time as written and every citation it rests on.
/// </summary>
/// <param name="Kind">A relation, or a meeting.</param>
/// <param name="Id">The relation's id, or the meeting's id.</param>
/// <param name="Time">When: the relation's time, or the meeting's time. <c>Time.ToString()</c> is the date as written.</param>
/// <param name="Type">The relation type; <c>attended</c> for a meeting row.</param>
/// <param name="Role">The role of <paramref name="Party"/> (for a meeting, in the meeting), when the data gives one.</param>
/// <param name="Assertion">How the sources put it (a meeting row takes the assertion of <paramref name="Party"/>'s attendance).</param>
/// <param name="ClaimedBy">The id of who asserts, alleges or denies it, when not the source itself.</param>
/// <param name="Party">The entity on the queried side: the first entity asked about, or (with members) the member who took part for it.</param>
/// <param name="OtherParty">The entity on the other side: the second entity or its member; in a timeline, the relation's other end or the meeting.</param>
/// <param name="Meeting">The meeting, for a meeting row.</param>
/// <param name="Relations">The relations the row rests on: the relation itself, or every attendance of the meeting by either side.</param>
/// <param name="Via">Office and membership relations through which a party took part (empty when both took part themselves).</param>
/// <param name="Citations">Every citation of the row: the relation's, or the meeting's and its attendances', each once, with source titles.</param>
public sealed record HistoryEntry(
    HistoryEntryKind Kind,
    string Id,
    DateRange Time,
    string Type,
    string? Role,
    Assertion Assertion,
    string? ClaimedBy,
    Entity Party,
    Entity OtherParty,
    Entity? Meeting,
    ImmutableArray<Relation> Relations,
    ImmutableArray<Relation> Via,
    ImmutableArray<SourcedCitation> Citations);
