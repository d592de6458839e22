using System.Collections.Immutable;
using System.Runtime.InteropServices;
using DiplomacyGraph.Model;

namespace DiplomacyGraph;

/// <summary>
/// Collects sources, relation types, entities and relations, then validates everything at once in
/// <see cref="Build"/>: either a whole valid <see cref="DiplomaticGraph"/> comes out, or a
/// <see cref="GraphFormatException"/> listing every problem. A builder is not thread-safe; the graph it builds is immutable.
/// </summary>
/// <example><code>
/// var builder = new GraphBuilder();
/// builder.AddSource(new Source { Id = "tribune", Title = "Pakistan opts for engagement" });
/// builder.AddEntity(new Entity { Id = "ishaq-dar", Kind = EntityKind.Person, Name = "Ishaq Dar" });
/// builder.AddEntity(new Entity { Id = "pakistan", Kind = EntityKind.Country, Name = "Pakistan" });
/// builder.AddRelation(new Relation
/// {
///     Id = "dar-fm", Type = "holds-office", From = "ishaq-dar", To = "pakistan", Role = "Foreign Minister",
///     Time = DateRange.Parse("2025"), Citations = [new QuoteCitation("tribune", "Foreign Minister Ishaq Dar")],
/// });
/// DiplomaticGraph graph = builder.Build();
/// </code></example>
/// <remarks>
/// One rule is applied before validation, the same for every format: a relation whose time is
/// <see cref="DateRange.Unknown"/> and that touches a statement (else a meeting) takes that statement's (meeting's) time.
/// </remarks>
public sealed class GraphBuilder
{
    private readonly List<Positioned<Source>> sources = [];
    private readonly List<Positioned<RelationType>> relationTypes = [];
    private readonly List<Positioned<Entity>> entities = [];
    private readonly List<Positioned<Relation>> relations = [];
    private readonly ErrorList errors = new();
    private readonly HashSet<int> untimed = [];
    private readonly HashSet<string> reportedIds = new(StringComparer.Ordinal);
    private readonly TrustedRows trustedRows = new();

    /// <summary>
    /// Gives the text of a source, so that every quote can be checked character for character;
    /// returns <see langword="null"/> when the text is not available (the check is then skipped for that source).
    /// Loaders set it (from <c>GraphReaderOptions.SourceFiles</c>); the core never reads files itself.
    /// </summary>
    internal Func<Source, string?>? SourceText { get; set; }

    /// <summary>Starts a builder holding everything in <paramref name="graph"/>, to derive a new graph from it.</summary>
    public static GraphBuilder From(DiplomaticGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return From(graph.ExtensionTypes, graph.Sources, graph.Entities, graph.Relations);
    }

    /// <summary>A builder holding the given parts, in order: how queries derive a slice of a graph.</summary>
    internal static GraphBuilder From(IEnumerable<RelationType> extensionTypes, IEnumerable<Source> sources, IEnumerable<Entity> entities, IEnumerable<Relation> relations)
    {
        var builder = new GraphBuilder();
        foreach (var type in extensionTypes)
        {
            builder.AddRelationType(type);
        }

        foreach (var source in sources)
        {
            builder.AddSource(source);
        }

        foreach (var entity in entities)
        {
            builder.AddEntity(entity);
        }

        foreach (var relation in relations)
        {
            builder.AddRelation(relation);
        }

        return builder;
    }

    /// <summary>Adds a source.</summary>
    /// <param name="source">The source.</param>
    public GraphBuilder AddSource(Source source) => Add(sources, source, null);

    /// <summary>Adds, with where a loader read it, a source.</summary>
    internal GraphBuilder AddSource(Source source, ElementPositions? at) => Add(sources, source, at);

    /// <summary>Adds a relation type to the vocabulary (beyond <see cref="BuiltInRelationTypes.All"/>).</summary>
    /// <param name="type">The type.</param>
    public GraphBuilder AddRelationType(RelationType type) => Add(relationTypes, type, null);

    /// <summary>Adds, with where a loader read it, a relation type to the vocabulary (beyond <see cref="BuiltInRelationTypes.All"/>).</summary>
    internal GraphBuilder AddRelationType(RelationType type, ElementPositions? at) => Add(relationTypes, type, at);

    /// <summary>Adds an entity.</summary>
    /// <param name="entity">The entity.</param>
    public GraphBuilder AddEntity(Entity entity) => Add(entities, entity, null);

    /// <summary>Adds, with where a loader read it, an entity.</summary>
    internal GraphBuilder AddEntity(Entity entity, ElementPositions? at) => Add(entities, entity, at);

    /// <summary>Adds a relation.</summary>
    /// <param name="relation">The relation.</param>
    public GraphBuilder AddRelation(Relation relation) => Add(relations, relation, null);

    /// <summary>Adds, with where a loader read it, a relation.</summary>
    internal GraphBuilder AddRelation(Relation relation, ElementPositions? at) => Add(relations, relation, at);

    /// <summary>
    /// Adds a relation an importer made from its own parts, read at <paramref name="line"/> of <paramref name="file"/>.
    /// The importer vouches for what is true by construction: both ends are entities added to this builder and differ;
    /// it has at least one citation, each a record citation of a source added to this builder, its dataset named in
    /// writable text; it has no claim, note, assertion or basis but the defaults, and its role is null or a visible,
    /// writable text. <see cref="Build"/> checks the rest as for any relation (a kebab-case unique id, a record id of
    /// digits, the type and the kinds of its ends, the attributes), and checks the relation in full, its errors at the
    /// row, when any of that does not hold. Its location is kept as a line number, not as a located element.
    /// </summary>
    internal GraphBuilder AddTrustedRelation(Relation relation, string file, int line)
    {
        ArgumentNullException.ThrowIfNull(relation);
        ArgumentOutOfRangeException.ThrowIfLessThan(line, 1);
        trustedRows.Add(relations.Count, file, line);
        relations.Add(new Positioned<Relation>(relation, null));
        return this;
    }

    /// <summary>
    /// Adds a relation whose input gave no time at all (not even <c>unknown</c>): it must touch a statement or a meeting,
    /// whose time it takes; otherwise <see cref="Build"/> reports the missing time.
    /// </summary>
    internal GraphBuilder AddUntimedRelation(Relation relation, ElementPositions? at)
    {
        ArgumentNullException.ThrowIfNull(relation);
        untimed.Add(relations.Count);
        return Add(relations, relation with { Time = DateRange.Unknown }, at);
    }

    /// <summary>The entities added so far (an event import matches its actors to them).</summary>
    internal IEnumerable<Entity> AddedEntities => entities.Select(e => e.Value);

    /// <summary>The ids of the sources added so far.</summary>
    internal IEnumerable<string> AddedSourceIds => sources.Select(s => s.Value.Id);

    /// <summary>The names of the relation types declared so far.</summary>
    internal IEnumerable<string> AddedRelationTypeNames => relationTypes.Select(t => t.Value.Name);

    /// <summary>Records a problem found before building (a loader's syntax error), so that <see cref="Build"/> reports it with the rest.</summary>
    internal GraphBuilder AddError(GraphError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        errors.Add(error);
        return this;
    }

    /// <summary>Records a loader's problems, with the count of those past the bound.</summary>
    /// <summary>
    /// Names an element a loader could not add because one of its fields is wrong (already reported): references to
    /// its id are then not also reported as unknown, and relations to it need no time of their own.
    /// </summary>
    internal GraphBuilder AddReported(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        reportedIds.Add(id);
        return this;
    }

    internal GraphBuilder AddErrors(ErrorList found)
    {
        errors.AddAll(found);
        return this;
    }

    /// <summary>Validates everything and returns the graph.</summary>
    /// <exception cref="GraphFormatException">Anything is invalid; every problem is listed, in file order (within an element, what it refers to first).</exception>
    public DiplomaticGraph Build()
    {
        var validator = new GraphValidator(SourceText) { Reported = reportedIds };
        // A field a loader already reported (say, a missing name) is not reported again by validation.
        // One problem, one message: a field a loader reported (by place, or by element and field) is not reported again.
        var reported = errors.Select(e => (e.Location, e.Field)).ToHashSet();
        var reportedFields = errors.Where(e => !string.IsNullOrEmpty(e.ElementId)).Select(e => (e.Location?.File, e.ElementId, e.Field)).ToHashSet();
        var found = new ErrorList();
        found.AddAll(errors);
        InheritTimes(found);
        var validation = validator.Validate(relationTypes, sources, entities, relations, trustedRows.IsEmpty ? null : trustedRows);
        foreach (var error in validation.Where(e => !reported.Contains((e.Location, e.Field))
            && !(e.ElementId is { Length: > 0 } && reportedFields.Contains((e.Location?.File, e.ElementId, e.Field)))))
        {
            found.Add(error);
        }

        found.AddOmitted(validation.Omitted);
        if (found.Count > 0)
        {
            throw new GraphFormatException(ErrorOrder.Sort(found), found.Omitted);
        }

        var vocabulary = validator.Vocabulary;
        ImmutableArray<RelationType> typeValues = [.. relationTypes.Select(t => t.Value)];
        ImmutableArray<Source> sourceValues = [.. sources.Select(s => s.Value)];
        ImmutableArray<Entity> entityValues = [.. entities.Select(e => e.Value)];
        var relationValues = new Relation[relations.Count];
        for (var i = 0; i < relationValues.Length; i++)
        {
            relationValues[i] = relations[i].Value;
        }

        if (ReleaseOnBuild)
        {
            // A loader's builder is dropped after this build: its located elements (every field's place) need not
            // stay alive beside the indexes being built.
            Release();
        }

        return new DiplomaticGraph(vocabulary, typeValues, sourceValues, entityValues, ImmutableCollectionsMarshal.AsImmutableArray(relationValues));
    }

    /// <summary>
    /// A loader builds once and drops the builder: a successful <see cref="Build"/> then lets go of what it holds
    /// (the elements with their field locations) before indexing, so that they and the indexes are never alive at once.
    /// </summary>
    internal bool ReleaseOnBuild { get; set; }

    private void Release()
    {
        sources.Clear();
        sources.TrimExcess();
        relationTypes.Clear();
        relationTypes.TrimExcess();
        entities.Clear();
        entities.TrimExcess();
        relations.Clear();
        relations.TrimExcess();
        untimed.Clear();
        untimed.TrimExcess();
        trustedRows.Clear();
    }

    /// <summary>Gives each untimed relation touching a statement or meeting its time: the statement's first, then the meeting's; from before to.</summary>
    private void InheritTimes(ErrorList found)
    {
        var timed = new Dictionary<string, Entity>(StringComparer.Ordinal);
        var known = new HashSet<string>(reportedIds, StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            known.Add(entity.Value.Id ?? string.Empty);
            if (entity.Value is { Meeting: not null } or { Statement: not null })
            {
                timed.TryAdd(entity.Value.Id ?? string.Empty, entity.Value);
            }
        }

        for (var i = 0; i < relations.Count; i++)
        {
            var located = relations[i];
            var relation = located.Value;
            if (!relation.Time.IsUnknown)
            {
                continue;
            }

            var from = timed.GetValueOrDefault(relation.From ?? string.Empty);
            var to = timed.GetValueOrDefault(relation.To ?? string.Empty);
            var holder = from?.Statement is not null ? from : to?.Statement is not null ? to : from ?? to;
            if (holder is null)
            {
                // An unknown end is its own error (the first to fix): it may well be a meeting, whose time the relation takes.
                if (untimed.Contains(i) && known.Contains(relation.From ?? string.Empty) && known.Contains(relation.To ?? string.Empty)
                    && !reportedIds.Contains(relation.From ?? string.Empty) && !reportedIds.Contains(relation.To ?? string.Empty))
                {
                    found.Add(located.Error(
                        "'time' is required (write 'unknown' when nothing is known); only a relation to or from a statement or a meeting takes its time.", "time", relation.Id));
                }

                continue;
            }

            if (!holder.Time.IsUnknown)
            {
                relations[i] = located with { Value = relation with { Time = holder.Time } };
            }
        }
    }

    private GraphBuilder Add<T>(List<Positioned<T>> list, T value, ElementPositions? at)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value);
        list.Add(new Positioned<T>(value, at));
        return this;
    }
}
