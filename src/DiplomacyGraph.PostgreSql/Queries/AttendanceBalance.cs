using DiplomacyGraph.Model;
using DiplomacyGraph.PostgreSql.Reading;
using DiplomacyGraph.PostgreSql.Schema;

namespace DiplomacyGraph.PostgreSql.Queries;

/// <summary>
/// Keeps the order of a history's meeting and statement rows equal to the whole graph's without reading every attendance and
/// statement part of every member. The in-memory query walks the meetings (and, apart, the statements) of the side with fewer
/// of them and checks each against the other side; with several members a side, which side it walks sets the order of tied
/// rows. The small graph holds only the shared meetings and statements, so it could walk the other side: the sides' whole counts
/// are read from the server (distinct meetings attended, distinct statements said or about, per entity) and, when the small
/// graph would choose otherwise, the side that must count more gets placeholder attendances of placeholder meetings (or
/// placeholder statements about it) — never shared, so never a row — until it chooses as the whole graph does. At most the
/// difference of the small counts, which are the shared ones.
/// </summary>
internal static class AttendanceBalance
{
    private const string Placeholder = "dipgraph-store-placeholder";

    public static bool Apply(
        StoredParts parts, DiplomaticGraph graph, List<string> membersA, List<string> membersB,
        Dictionary<string, (long Meetings, long Statements)> counts)
    {
        string? source = null;
        Citation Cite()
        {
            if (source is null)
            {
                source = graph.Sources.Length > 0 ? graph.Sources[0].Id : Placeholder;
                if (graph.Sources.Length == 0)
                {
                    parts.Sources.Add(new Source { Id = Placeholder, Title = Placeholder });
                }
            }

            return ModelColumns.Citation(source, Placeholder, null, null);
        }

        var (meetingsA, statementsA) = Whole(membersA, counts);
        var (meetingsB, statementsB) = Whole(membersB, counts);
        var added = Balance(membersA, membersB, meetingsA <= meetingsB, Meetings(graph, membersA), Meetings(graph, membersB), (side, id) =>
        {
            // By a member that can attend (an actor; the side has one, since its whole count is above the other's).
            var actor = side.First(m => BuiltInRelationTypes.Attended.FromKinds.Contains(graph.GetEntity(m).Kind));
            var citation = Cite();
            parts.Entities.Add(new Entity { Id = id, Kind = EntityKind.Meeting, Name = Placeholder, Meeting = new MeetingDetails { Time = DateRange.Unknown, Statuses = [new StatusReport { Status = MeetingStatus.Held, Citations = [citation] }] }, Citations = [citation] });
            parts.Relations.Add(new Relation { Id = id, Type = BuiltInRelationTypes.Attended.Name, From = actor, To = id, Time = DateRange.Unknown, Citations = [citation] });
        }, "meeting");
        added |= Balance(membersA, membersB, statementsA <= statementsB, Statements(graph, membersA), Statements(graph, membersB), (side, id) =>
        {
            // About the side's entity: any entity can be a statement's subject.
            var citation = Cite();
            parts.Entities.Add(new Entity
            {
                Id = id, Kind = EntityKind.Statement, Name = Placeholder, Citations = [citation],
                Statement = new StatementDetails { Act = StatementAct.Agree, Speech = SpeechMode.Quoted, Time = DateRange.Unknown },
            });
            parts.Relations.Add(new Relation { Id = id, Type = BuiltInRelationTypes.About.Name, From = id, To = side[0], Time = DateRange.Unknown, Citations = [citation] });
        }, "statement");
        return added;
    }

    private static bool Balance(List<string> membersA, List<string> membersB, bool wholeWalksA, long smallA, long smallB, Action<List<string>, string> add, string what)
    {
        if (wholeWalksA == (smallA <= smallB))
        {
            return false;
        }

        // A is walked in the whole graph (A <= B) but not here: B needs smallA - smallB more; or the other way, A one more than B.
        var (side, extra) = wholeWalksA ? (membersB, smallA - smallB) : (membersA, smallB - smallA + 1);
        for (var i = 0; i < extra; i++)
        {
            add(side, $"{Placeholder}-{what}-{(side == membersA ? "a" : "b")}-{i}");
        }

        return true;
    }

    private static (long Meetings, long Statements) Whole(List<string> members, Dictionary<string, (long Meetings, long Statements)> counts)
    {
        var distinct = members.Distinct(StringComparer.Ordinal).ToList();
        return (distinct.Sum(m => counts.GetValueOrDefault(m).Meetings), distinct.Sum(m => counts.GetValueOrDefault(m).Statements));
    }

    /// <summary>What the in-memory attendance index counts: distinct meetings each member attended (not itself).</summary>
    private static long Meetings(DiplomaticGraph graph, List<string> members) => members.Distinct(StringComparer.Ordinal).Sum(m =>
        (long)graph.RelationsOf(m).Where(r => r.Is(BuiltInRelationTypes.Attended) && r.From == m && r.To != m && graph.GetEntity(r.To).Meeting is not null)
            .Select(r => r.To).Distinct(StringComparer.Ordinal).Count());

    /// <summary>Distinct statements each member said or is the subject of.</summary>
    private static long Statements(DiplomaticGraph graph, List<string> members) => members.Distinct(StringComparer.Ordinal).Sum(m =>
        (long)graph.RelationsOf(m).Where(r => r.From != r.To)
            .Select(r => r.Is(BuiltInRelationTypes.Said) && r.From == m && graph.GetEntity(r.To).Kind == EntityKind.Statement ? r.To
                : r.Is(BuiltInRelationTypes.About) && r.To == m && graph.GetEntity(r.From).Kind == EntityKind.Statement ? r.From : null)
            .OfType<string>().Distinct(StringComparer.Ordinal).Count());
}
