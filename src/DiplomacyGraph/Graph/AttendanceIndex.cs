using DiplomacyGraph.Model;

namespace DiplomacyGraph;

/// <summary>
/// The meetings each entity attended (an <c>attended</c> relation from it to a meeting), as sorted entity positions in one flat
/// array: entity <c>v</c>'s are <c>Meetings[Start[v] .. Start[v + 1])</c>. One int per attendance — linear in the file, never
/// per pair of attendees — so the meetings two entities share are a merge of two short sorted lists. Built once, on first use.
/// </summary>
internal sealed class AttendanceIndex
{
    public AttendanceIndex(DiplomaticGraph graph, IReadOnlyDictionary<string, int> positions)
    {
        var entities = graph.Entities;
        var lists = new List<int>?[entities.Length];
        foreach (var relation in graph.Relations)
        {
            if (relation.Type == RelationTypes.Attended.Name && positions.TryGetValue(relation.To, out var meeting) && entities[meeting].Meeting is not null
                && relation.From != relation.To)
            {
                (lists[positions[relation.From]] ??= []).Add(meeting);
            }
        }

        Start = new int[entities.Length + 1];
        for (var v = 0; v < entities.Length; v++)
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

            Start[v + 1] = Start[v] + (lists[v]?.Count ?? 0);
        }

        Meetings = new int[Start[entities.Length]];
        for (var v = 0; v < entities.Length; v++)
        {
            lists[v]?.CopyTo(Meetings, Start[v]);
        }
    }

    /// <summary>Where each entity's meetings begin (one more entry than entities).</summary>
    public int[] Start { get; }

    /// <summary>The meetings attended, by entity, each list sorted and without repeats.</summary>
    public int[] Meetings { get; }

    /// <summary>The meetings entity <paramref name="v"/> attended.</summary>
    public ReadOnlySpan<int> Of(int v) => Meetings.AsSpan(Start[v], Start[v + 1] - Start[v]);

    /// <summary>True when entity <paramref name="v"/> attended meeting <paramref name="meeting"/> (a binary search).</summary>
    public bool Attended(int v, int meeting) => Of(v).BinarySearch(meeting) >= 0;
}
