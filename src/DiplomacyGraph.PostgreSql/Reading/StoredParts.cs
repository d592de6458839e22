using System.Collections.Immutable;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.PostgreSql.Reading;

/// <summary>The parts a load read, in store order, and the trusted graph they make.</summary>
internal sealed class StoredParts
{
    public List<RelationType> Types { get; } = [];

    public List<Source> Sources { get; } = [];

    public List<Entity> Entities { get; } = [];

    public List<Relation> Relations { get; } = [];

    /// <summary>
    /// The graph, indexed without validating again (the rows were written from a validated graph), once <see cref="Check"/>
    /// has found what a slice or a hand edit of the tables could break in place.
    /// </summary>
    public DiplomaticGraph ToGraph()
    {
        Check();
        return ToCheckedGraph();
    }

    /// <summary>
    /// The graph of parts <see cref="Check"/> has found whole before, with only parts added since that keep every reference
    /// in place (the history's placeholders, made to be valid): indexed, not checked or validated again.
    /// </summary>
    public DiplomaticGraph ToCheckedGraph() => DiplomaticGraph.FromTrusted([.. Types], [.. Sources], [.. Entities], [.. Relations]);

    /// <summary>Every relation's ends and claimant are loaded entities, its type is known, and every citation's source is loaded.</summary>
    /// <exception cref="StoreException">A reference is dangling: the tables were changed outside this library.</exception>
    public void Check()
    {
        var entities = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in Entities)
        {
            entities.Add(entity.Id);
        }

        var sources = Sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var types = BuiltInRelationTypes.All.Concat(Types).Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        void Cited(string owner, ImmutableArray<Citation> citations)
        {
            foreach (var citation in citations)
            {
                if (!sources.Contains(citation.SourceId))
                {
                    throw Dangling($"{owner} cites the source '{citation.SourceId}', which the store does not hold");
                }
            }
        }

        foreach (var entity in Entities)
        {
            Cited($"The entity '{entity.Id}'", entity.Citations);
            foreach (var status in entity.Meeting?.Statuses ?? [])
            {
                Cited($"A status of the meeting '{entity.Id}'", status.Citations);
            }
        }

        foreach (var relation in Relations)
        {
            if (!entities.Contains(relation.From) || !entities.Contains(relation.To) || (relation.ClaimedBy is { } c && !entities.Contains(c)))
            {
                throw Dangling($"The relation '{relation.Id}' names an entity the store does not hold");
            }

            if (!types.Contains(relation.Type))
            {
                throw Dangling($"The relation '{relation.Id}' has the unknown type '{relation.Type}'");
            }

            Cited($"The relation '{relation.Id}'", relation.Citations);
        }
    }

    private static StoreException Dangling(string what) =>
        new($"{what}: the tables were changed outside DiplomacyGraph; push the graph again.");
}
