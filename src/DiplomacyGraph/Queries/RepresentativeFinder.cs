using System.Collections.Frozen;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>Who takes part for a country or organization: its office holders, members, governing bodies and places.</summary>
internal static class RepresentativeFinder
{
    /// <summary>
    /// Relation types whose <c>from</c> acts for (or is part of) its <c>to</c>: <c>holds-office</c>, <c>member-of</c>,
    /// <c>governs</c> (a government acts for the country it governs) and <c>located-in</c> (an embassy in Kabul is in Afghanistan).
    /// </summary>
    public static readonly FrozenSet<string> Types = FrozenSet.ToFrozenSet(
        [BuiltInRelationTypes.HoldsOffice.Name, BuiltInRelationTypes.MemberOf.Name, BuiltInRelationTypes.Governs.Name, BuiltInRelationTypes.LocatedIn.Name], StringComparer.Ordinal);

    /// <summary>
    /// The entity itself and, when <paramref name="viaMembers"/>, everyone who acts for it, transitively (the spokesperson of
    /// the Foreign Office, which is part of Pakistan, acts for Pakistan), each with the time it could act: the overlap of the
    /// times of the relations on its way. Denied and planned memberships do not count, nor members of kinds the filter does not let
    /// through (<see cref="QueryFilter.AllowsThrough(EntityKind)"/>). Closest first.
    /// </summary>
    public static IReadOnlyList<Representative> Of(DiplomaticGraph graph, Entity entity, bool viaMembers, QueryFilter? filter = null)
    {
        var self = new Representative(entity, DateOnly.MinValue, DateOnly.MaxValue, []);
        if (!viaMembers)
        {
            return [self];
        }

        var found = new List<Representative> { self };

        var expanded = new HashSet<string>(StringComparer.Ordinal) { entity.Id };
        var queue = new Queue<Representative>();
        queue.Enqueue(self);
        while (queue.TryDequeue(out var current))
        {
            foreach (var relation in graph.RelationsOf(current.Entity.Id))
            {
                if (relation.To != current.Entity.Id || relation.From == relation.To || !Types.Contains(relation.Type)
                    || relation.Assertion is Assertion.Denied or Assertion.Planned)
                {
                    continue;
                }

                var earliest = Max(current.Earliest, relation.Time.Earliest);
                var latest = Min(current.Latest, relation.Time.Latest);
                if (earliest > latest || relation.From == entity.Id)
                {
                    continue;
                }

                var memberEntity = graph.GetEntity(relation.From);
                if (filter is not null && !filter.AllowsThrough(memberEntity.Kind))
                {
                    continue;
                }

                var member = new Representative(memberEntity, earliest, latest, current.Via.Add(relation));
                found.Add(member);
                if (expanded.Add(member.Entity.Id))
                {
                    queue.Enqueue(member);
                }
            }
        }

        return found;
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
