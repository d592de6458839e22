using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>
/// The meetings each entity attended (an <c>attended</c> relation from it to a meeting), as sorted entity positions in one flat
/// array: entity <c>v</c>'s are <c>Meetings[Start[v] .. Start[v + 1])</c>; likewise the statements it made (<c>said</c>) or is
/// the subject of (<c>about</c>). One int per such relation — linear in the file, never per pair of attendees — so the meetings
/// or statements two entities share are a search in two short sorted lists. Built once, on first use.
/// </summary>
internal sealed class AttendanceIndex
{
    public AttendanceIndex(DiplomaticGraph graph, IReadOnlyDictionary<string, int> positions)
    {
        var entities = graph.Entities;
        var lists = new List<int>?[entities.Length];
        var statements = new List<int>?[entities.Length];
        foreach (var relation in graph.Relations)
        {
            if (relation.From == relation.To)
            {
                continue;
            }

            if (relation.Is(BuiltInRelationTypes.Attended) && positions.TryGetValue(relation.To, out var meeting) && entities[meeting].Meeting is not null)
            {
                (lists[positions[relation.From]] ??= []).Add(meeting);
            }
            else if (relation.Is(BuiltInRelationTypes.Said) && positions.TryGetValue(relation.To, out var said) && entities[said].Kind == EntityKind.Statement)
            {
                (statements[positions[relation.From]] ??= []).Add(said);
            }
            else if (relation.Is(BuiltInRelationTypes.About) && positions.TryGetValue(relation.From, out var about) && entities[about].Kind == EntityKind.Statement)
            {
                (statements[positions[relation.To]] ??= []).Add(about);
            }
        }

        (Start, Meetings) = Flatten(lists);
        (StatementStart, Statements) = Flatten(statements);
    }

    private static (int[] Start, int[] Items) Flatten(List<int>?[] lists)
    {
        var start = new int[lists.Length + 1];
        for (var v = 0; v < lists.Length; v++)
        {
            if (lists[v] is { } list)
            {
                list.Sort();
                var distinct = 0;
                for (var i = 0; i < list.Count; i++)
                {
                    if (i == 0 || list[i] != list[i - 1])
                    {
                        list[distinct++] = list[i];
                    }
                }

                list.RemoveRange(distinct, list.Count - distinct);
            }

            start[v + 1] = start[v] + (lists[v]?.Count ?? 0);
        }

        var items = new int[start[lists.Length]];
        for (var v = 0; v < lists.Length; v++)
        {
            lists[v]?.CopyTo(items, start[v]);
        }

        return (start, items);
    }

    /// <summary>Where each entity's meetings begin (one more entry than entities).</summary>
    public int[] Start { get; }

    /// <summary>The meetings attended, by entity, each list sorted and without repeats.</summary>
    public int[] Meetings { get; }

    /// <summary>Where each entity's statements begin (one more entry than entities).</summary>
    public int[] StatementStart { get; }

    /// <summary>The statements each entity made or is the subject of, by entity, each list sorted and without repeats.</summary>
    public int[] Statements { get; }

    /// <summary>The statements entity <paramref name="v"/> made or is the subject of.</summary>
    public ReadOnlySpan<int> StatementsOf(int v) => Statements.AsSpan(StatementStart[v], StatementStart[v + 1] - StatementStart[v]);

    /// <summary>True when entity <paramref name="v"/> made or is the subject of <paramref name="statement"/>.</summary>
    public bool InStatement(int v, int statement) => StatementsOf(v).BinarySearch(statement) >= 0;

    /// <summary>The meetings entity <paramref name="v"/> attended.</summary>
    public ReadOnlySpan<int> Of(int v) => Meetings.AsSpan(Start[v], Start[v + 1] - Start[v]);

    /// <summary>True when entity <paramref name="v"/> attended meeting <paramref name="meeting"/> (a binary search).</summary>
    public bool Attended(int v, int meeting) => Of(v).BinarySearch(meeting) >= 0;
}
