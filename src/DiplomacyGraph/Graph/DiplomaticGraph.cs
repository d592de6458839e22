using System.Collections.Frozen;
using System.Collections.Immutable;
using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;
using QuikGraph;

namespace DiplomacyGraph;

/// <summary>
/// An immutable, validated graph of entities and dated, sourced relations, with indexes so that an
/// entity, a name, a kind or a pair's history is a lookup, not a scan. Safe to query from many threads.
/// Build one with <see cref="GraphBuilder"/> or a loader.
/// </summary>
[Microsoft.DotNet.Interactive.Formatting.TypeFormatterSource(typeof(DiplomacyGraph.Notebooks.NotebookFormatterSource))]
public sealed partial class DiplomaticGraph
{
    private readonly FrozenDictionary<string, Entity> entitiesById;
    private readonly FrozenDictionary<string, Source> sourcesById;
    private readonly FrozenDictionary<string, RelationType> vocabulary;
    private readonly FrozenDictionary<string, ImmutableArray<Entity>> entitiesByName;
    private readonly FrozenDictionary<EntityKind, ImmutableArray<Entity>> entitiesByKind;
    private readonly FrozenDictionary<string, ImmutableArray<Relation>> relationsByEntity;
    private readonly Dictionary<EntityPair, ImmutableArray<Relation>> relationsByPair;
    private readonly Lazy<IBidirectionalGraph<Entity, RelationEdge>> quikGraph;
    private readonly Lazy<QueryIndexes> topology;

    internal DiplomaticGraph(
        IReadOnlyDictionary<string, RelationType> vocabulary,
        ImmutableArray<RelationType> extensionTypes,
        ImmutableArray<Source> sources,
        ImmutableArray<Entity> entities,
        ImmutableArray<Relation> relations)
    {
        ExtensionTypes = extensionTypes;
        Sources = sources;
        Entities = entities;
        Relations = relations;
        this.vocabulary = vocabulary.ToFrozenDictionary(StringComparer.Ordinal);
        sourcesById = sources.ToFrozenDictionary(s => s.Id, StringComparer.Ordinal);
        entitiesById = entities.ToFrozenDictionary(e => e.Id, StringComparer.Ordinal);
        entitiesByName = GraphIndexes.ByName(entities);
        entitiesByKind = GraphIndexes.ByKind(entities);
        var ordered = GraphIndexes.InTimeOrder(relations);
        (relationsByEntity, relationsByPair) = GraphIndexes.ByEntityAndPair(ordered);
        quikGraph = new Lazy<IBidirectionalGraph<Entity, RelationEdge>>(() => QuikGraphAdapter.Create(this), LazyThreadSafetyMode.ExecutionAndPublication);
        topology = new Lazy<QueryIndexes>(() => new QueryIndexes(this), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>An empty graph.</summary>
    public static DiplomaticGraph Empty { get; } = new GraphBuilder().Build();

    /// <summary>Every entity, in the order they were added.</summary>
    public ImmutableArray<Entity> Entities { get; }

    /// <summary>Every relation, in the order they were added.</summary>
    public ImmutableArray<Relation> Relations { get; }

    /// <summary>Every source, in the order they were added.</summary>
    public ImmutableArray<Source> Sources { get; }

    /// <summary>The relation types the dataset declared beyond <see cref="Model.BuiltInRelationTypes.All"/>.</summary>
    public ImmutableArray<RelationType> ExtensionTypes { get; }

    /// <summary>The whole vocabulary: built-in types, then the dataset's own.</summary>
    public IEnumerable<RelationType> RelationTypes => Model.BuiltInRelationTypes.All.Concat(ExtensionTypes);

    /// <summary>The entity with this id.</summary>
    /// <exception cref="KeyNotFoundException">No entity has that id.</exception>
    public Entity GetEntity(string id) =>
        entitiesById.TryGetValue(id, out var entity) ? entity : throw new KeyNotFoundException($"No entity has the id '{id}'.");

    /// <summary>The entity with this id, if there is one.</summary>
    public bool TryGetEntity(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Entity? entity) =>
        entitiesById.TryGetValue(id, out entity);

    /// <summary>The source with this id.</summary>
    /// <exception cref="KeyNotFoundException">No source has that id.</exception>
    public Source GetSource(string id) =>
        sourcesById.TryGetValue(id, out var source) ? source : throw new KeyNotFoundException($"No source has the id '{id}'.");

    /// <summary>The source with this id, if there is one.</summary>
    public bool TryGetSource(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Source? source) =>
        sourcesById.TryGetValue(id, out source);

    /// <summary>The relation type with this name.</summary>
    /// <exception cref="KeyNotFoundException">The vocabulary has no such type.</exception>
    public RelationType GetRelationType(string name) =>
        vocabulary.TryGetValue(name, out var type) ? type : throw new KeyNotFoundException($"No relation type is named '{name}'.");

    /// <summary>Entities whose name or an alias has this <see cref="NameKey"/> (case-, diacritic- and punctuation-insensitive).</summary>
    public ImmutableArray<Entity> FindByName(string name) =>
        entitiesByName.TryGetValue(NameKey.Normalize(name), out var found) ? found : [];

    /// <summary>Entities of one kind, in the order they were added.</summary>
    public ImmutableArray<Entity> EntitiesOfKind(EntityKind kind) =>
        entitiesByKind.TryGetValue(kind, out var found) ? found : [];

    /// <summary>
    /// Every relation that starts or ends at the entity, in time order (earliest possible day, then input order): an index lookup
    /// by id. Given a name instead (<c>RelationsOf("Sadiq")</c>), the name is resolved by <see cref="Queries.EntityResolver.Resolve"/>.
    /// </summary>
    /// <exception cref="Queries.EntityResolutionException">Neither an id nor a name that resolves to one entity.</exception>
    public ImmutableArray<Relation> RelationsOf(string entityId) =>
        relationsByEntity.TryGetValue(entityId, out var found) ? found
        : entitiesById.ContainsKey(entityId) ? []
        : relationsByEntity.GetValueOrDefault(Queries.EntityResolver.Resolve(this, entityId).Id, []);

    /// <summary>Every relation directly between two entities, either way round, in time order: an index lookup.</summary>
    public ImmutableArray<Relation> RelationsBetween(string entityA, string entityB) =>
        relationsByPair.TryGetValue(EntityPair.Of(entityA, entityB), out var found) ? found : [];

    /// <summary>
    /// The graph as a QuikGraph bidirectional graph (vertices are entities, edges wrap relations, directed
    /// from → to, parallel edges kept), for any QuikGraph algorithm. Built once, on first use; never copied per call.
    /// </summary>
    public IBidirectionalGraph<Entity, RelationEdge> AsQuikGraph() => quikGraph.Value;

    /// <summary>
    /// A graph of some of this graph's parts, trusted as they are: how slices (<c>AsOf</c>, <c>KnownAsOf</c>) are made.
    /// Every part was validated when this graph was built and a slice only leaves parts out consistently, so it is
    /// indexed, not validated again.
    /// </summary>
    internal DiplomaticGraph Subgraph(IEnumerable<Source> sources, IEnumerable<Entity> entities, IEnumerable<Relation> relations) =>
        new(vocabulary, ExtensionTypes, [.. sources], [.. entities], [.. relations]);

    /// <summary>The int-vertex topology fast searches run on (built once, on first use).</summary>
    internal QueryIndexes QueryIndexes => topology.Value;
}
