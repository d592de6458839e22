using System.Collections.Immutable;
using DiplomacyGraph.Model;
using DiplomacyGraph.PostgreSql.Queries;
using DiplomacyGraph.PostgreSql.Reading;
using DiplomacyGraph.PostgreSql.Schema;
using DiplomacyGraph.PostgreSql.Writing;
using DiplomacyGraph.Queries;
using Npgsql;

namespace DiplomacyGraph.PostgreSql;

/// <summary>
/// A <see cref="DiplomaticGraph"/> kept in PostgreSQL: shared, transactional, indexed. Push a graph with binary COPY,
/// replace one dataset or one source's facts atomically, load the whole graph or a <see cref="GraphSlice"/> back into memory,
/// and run history, timeline, as-of counts, search and office holders on the server. Safe to use from many threads.
/// </summary>
/// <remarks>
/// Every write runs in one transaction under an advisory lock (one writer at a time), so readers see the old graph or the new
/// one, never a mix; every multi-statement read runs in one repeatable-read snapshot. All SQL is parameterised. Failures are
/// <see cref="StoreException"/>s whose message never holds the connection string.
/// </remarks>
/// <example><code>
/// await using var store = PostgresGraphStore.Open(Environment.GetEnvironmentVariable("DIPGRAPH_DB")!);
/// await store.MigrateAsync();
/// await store.PushAsync(Seeds.Load());
/// var rows = await store.HistoryAsync("pakistan", "afghanistan");
/// </code></example>
public sealed class PostgresGraphStore : IAsyncDisposable
{
    /// <summary>The dataset name a push uses when none is given.</summary>
    public const string DefaultDataset = "main";

    private readonly NpgsqlDataSource dataSource;
    private readonly bool ownsDataSource;

    // Set once the schema version has been seen to match, so later calls save the two round trips of the check.
    private volatile bool schemaCurrent;

    private PostgresGraphStore(NpgsqlDataSource dataSource, bool ownsDataSource)
    {
        this.dataSource = dataSource;
        this.ownsDataSource = ownsDataSource;
    }

    /// <summary>A store on the database a connection string names (Npgsql keywords: <c>Host=…;Port=…;Database=…;Username=…</c>).</summary>
    /// <exception cref="StoreException">The connection string is not valid; the message names the keyword, never a value.</exception>
    public static PostgresGraphStore Open(string connectionString) => new(StoreConnection.Open(connectionString), ownsDataSource: true);

    /// <summary>A store on a data source the caller configured (and disposes).</summary>
    public static PostgresGraphStore Open(NpgsqlDataSource dataSource)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        return new PostgresGraphStore(dataSource, ownsDataSource: false);
    }

    /// <summary>The schema version this library writes and reads.</summary>
    public static int LatestSchemaVersion => MigrationRunner.LatestVersion;

    /// <summary>
    /// Creates or updates the schema: applies, in one transaction, each migration the database lacks. Running it again does
    /// nothing. The layout only matters the first time (when the tables are created).
    /// </summary>
    /// <returns>The versions applied now; empty when the schema was current.</returns>
    public Task<IReadOnlyList<int>> MigrateAsync(StoreLayout? layout = null, CancellationToken cancellationToken = default) =>
        StoreErrors.Run("Migrating the schema", async () =>
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            return await MigrationRunner.ApplyAsync(connection, layout ?? StoreLayout.Plain, cancellationToken).ConfigureAwait(false);
        });

    /// <summary>The schema version of the database; 0 when it has no DiplomacyGraph schema.</summary>
    public Task<int> SchemaVersionAsync(CancellationToken cancellationToken = default) =>
        StoreErrors.Run("Reading the schema version", async () =>
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            return await MigrationRunner.CurrentVersionAsync(connection, cancellationToken).ConfigureAwait(false);
        });

    /// <summary>
    /// Writes a whole graph with binary COPY: afterwards the store holds exactly this graph, every row tagged with
    /// <paramref name="dataset"/>. One transaction: on any failure (the server going away included) the store keeps its old graph.
    /// </summary>
    public Task PushAsync(DiplomaticGraph graph, string dataset = DefaultDataset, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentException.ThrowIfNullOrEmpty(dataset);
        return Write("Pushing the graph", connection => PushWriter.PushAsync(connection, graph, dataset, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Replaces one dataset (what one dataset file holds) in one transaction: the rows pushed as <paramref name="dataset"/> go,
    /// and every element of <paramref name="graph"/> that no other dataset holds comes in under that name. So a graph loaded with
    /// the seeds plus one file can be pushed as that file's dataset: the seeds' elements stay with their own dataset. Fails,
    /// changing nothing, when another dataset's relation would lose an entity, type or source it needs.
    /// </summary>
    public Task ReplaceDatasetAsync(string dataset, DiplomaticGraph graph, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(dataset);
        ArgumentNullException.ThrowIfNull(graph);
        return Write($"Replacing dataset '{dataset}'", connection => DatasetReplacer.ReplaceAsync(connection, dataset, graph, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Replaces one source's facts in one transaction — what an analyst does when an article's YAML changes. The source's row
    /// becomes <paramref name="graph"/>'s; every entity and relation of <paramref name="graph"/> citing the source replaces the
    /// stored one of that id (or is added); elsewhere the source's old citations are removed, and a relation (or meeting, or statement) left
    /// with no citation is removed. Entities of <paramref name="graph"/> that do not cite the source are added only when missing.
    /// Fails, changing nothing, when the result would break the graph (a relation left pointing at a removed meeting or statement).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="graph"/> does not hold the source.</exception>
    public Task ReplaceSourceAsync(string sourceId, DiplomaticGraph graph, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(sourceId);
        ArgumentNullException.ThrowIfNull(graph);
        if (!graph.TryGetSource(sourceId, out _))
        {
            throw new ArgumentException($"The graph holds no source '{sourceId}' to replace it with.", nameof(graph));
        }

        return Write($"Replacing source '{sourceId}'", connection => SourceReplacer.ReplaceAsync(connection, sourceId, graph, cancellationToken), cancellationToken);
    }

    /// <summary>Loads the whole stored graph, or a slice of it, into memory, read at one snapshot.</summary>
    /// <exception cref="KeyNotFoundException">The slice's <see cref="GraphSlice.Around"/> names no entity.</exception>
    public Task<DiplomaticGraph> LoadAsync(GraphSlice? slice = null, CancellationToken cancellationToken = default) =>
        Read("Loading the graph", async connection =>
        {
            if (slice is not null)
            {
                await Selection.SelectAsync(connection, slice, cancellationToken).ConfigureAwait(false);
            }

            return await GraphLoader.LoadAsync(connection, slice is null ? RowFilter.Whole : RowFilter.Selected, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    /// <summary>
    /// <see cref="HistoryQueries.History"/> on the server: reads only the rows the history needs (the two sides, their members,
    /// the relations between them and the meetings and statements both took part in), at one snapshot, and gives the same rows as
    /// the in-memory query. As there, a country or organization takes part through its office holders, members, government and
    /// places unless <paramref name="direct"/>.
    /// </summary>
    /// <param name="entityA">The id of the first party.</param>
    /// <param name="entityB">The id of the second party.</param>
    /// <param name="window">Only rows possibly in this window (marked as in memory); all when <see langword="null"/>.</param>
    /// <param name="types">Only these relation types (a meeting row is <c>attended</c>); all when <see langword="null"/>.</param>
    /// <param name="direct">Only what the two entities did themselves (the in-memory query's <c>direct</c>).</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <exception cref="KeyNotFoundException">Either id names no entity.</exception>
    public Task<ImmutableArray<HistoryEntry>> HistoryAsync(
        string entityA, string entityB, DateRange? window = null, IReadOnlyCollection<string>? types = null, bool direct = false, CancellationToken cancellationToken = default) =>
        Rows(HistoryWithGraphAsync(entityA, entityB, window, types, direct, cancellationToken));

    /// <summary>
    /// <see cref="HistoryQueries.Timeline"/> on the server: reads the entity's relations (and its members' unless
    /// <paramref name="direct"/>, as in memory) and what they touch, at one snapshot.
    /// </summary>
    /// <param name="entityId">The entity's id.</param>
    /// <param name="window">Only rows possibly in this window; all when <see langword="null"/>.</param>
    /// <param name="direct">Only what the entity did itself (the in-memory query's <c>direct</c>).</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <exception cref="KeyNotFoundException">The id names no entity.</exception>
    public Task<ImmutableArray<HistoryEntry>> TimelineAsync(string entityId, DateRange? window = null, bool direct = false, CancellationToken cancellationToken = default) =>
        Rows(TimelineWithGraphAsync(entityId, window, direct, cancellationToken));

    /// <summary>The history rows and the small graph they were computed on (what a renderer needs to show statement rows).</summary>
    internal Task<(ImmutableArray<HistoryEntry> Rows, DiplomaticGraph Graph)> HistoryWithGraphAsync(
        string entityA, string entityB, DateRange? window, IReadOnlyCollection<string>? types, bool direct, CancellationToken cancellationToken) =>
        ReadInOwnSnapshot("Reading the history", connection => ServerQueries.HistoryAsync(connection, entityA, entityB, window, types, direct, cancellationToken), cancellationToken);

    /// <summary>The timeline rows and the small graph they were computed on.</summary>
    internal Task<(ImmutableArray<HistoryEntry> Rows, DiplomaticGraph Graph)> TimelineWithGraphAsync(string entityId, DateRange? window, bool direct, CancellationToken cancellationToken) =>
        Read("Reading the timeline", connection => ServerQueries.TimelineAsync(connection, entityId, window, direct, cancellationToken), cancellationToken);

    /// <summary><see cref="OfficeQueries.OfficeHolders(DiplomaticGraph, string, string, DateOnly)"/> on the server.</summary>
    /// <exception cref="KeyNotFoundException">The id names no entity.</exception>
    public Task<ImmutableArray<OfficeHolder>> OfficeHoldersAsync(string organization, string role, DateOnly date, CancellationToken cancellationToken = default) =>
        Read("Reading office holders", connection => ServerQueries.OfficeHoldersAsync(connection, organization, role, date, cancellationToken), cancellationToken);

    /// <summary>How many entities and relations <see cref="SliceQueries.AsOf"/> of that day would keep, counted on the server.</summary>
    public Task<StoreCounts> CountAsOfAsync(DateOnly date, CancellationToken cancellationToken = default) =>
        Read("Counting as of a day", connection => ServerQueries.CountAsOfAsync(connection, date, cancellationToken), cancellationToken);

    /// <summary>Counts of the whole store.</summary>
    public Task<StoreCounts> CountAsync(CancellationToken cancellationToken = default) =>
        Read("Counting", connection => ServerQueries.CountAsync(connection, cancellationToken), cancellationToken);

    /// <summary>
    /// <see cref="SearchQueries.Search"/> on the server, without source texts (the store keeps facts, not articles): the same hits,
    /// scores and order as the in-memory search of the stored graph. PostgreSQL's full-text indexes pick the names, aliases and
    /// quotes holding every word; only those rows are read.
    /// </summary>
    /// <remarks>
    /// The index reads words as PostgreSQL's <c>simple</c> parser splits them, lower-cased; the query's words are looked up both as
    /// written and without diacritics and possessives. A stored word with diacritics (<c>Muttaqī</c>) is therefore found when the
    /// query writes it with them too, not from a query without them (in memory it is found either way).
    /// </remarks>
    /// <param name="text">Words (all must occur), or a phrase in quote marks.</param>
    /// <param name="limit">At most this many hits, best first.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    public Task<ImmutableArray<SearchHit>> SearchAsync(string text, int limit = SearchQueries.DefaultLimit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        return Read("Searching", connection => SearchQuery.RunAsync(connection, text, limit, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// <see cref="EntityResolver.Resolve"/> on the server: reads the entities the name could mean (exact id, name key, or every
    /// word in a name or alias) and resolves among them the way the in-memory graph does.
    /// </summary>
    /// <exception cref="EntityResolutionException">Nothing matches, or the name is ambiguous.</exception>
    public Task<Entity> ResolveAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Read("Resolving a name", connection => ServerQueries.ResolveAsync(connection, name, cancellationToken), cancellationToken);
    }

    /// <summary>Closes the connections the store opened.</summary>
    public async ValueTask DisposeAsync()
    {
        if (ownsDataSource)
        {
            await dataSource.DisposeAsync().ConfigureAwait(false);
        }
    }

    private Task Write(string what, Func<NpgsqlConnection, Task> body, CancellationToken cancellationToken) =>
        StoreErrors.Run(what, async () =>
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await RequireSchema(connection, cancellationToken).ConfigureAwait(false);
            await body(connection).ConfigureAwait(false);
        });

    private Task<T> Read<T>(string what, Func<NpgsqlConnection, Task<T>> body, CancellationToken cancellationToken) =>
        StoreErrors.Run(what, async () =>
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await RequireSchema(connection, cancellationToken).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
            var result = await body(connection).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return result;
        });

    /// <summary>
    /// Like <see cref="Read{T}"/>, but the body opens and ends its repeatable-read snapshot itself, inside its first and last
    /// batches (<see cref="Sql.BeginSnapshot"/>, <see cref="Sql.EndSnapshot"/>), so neither costs a round trip of its own. A
    /// failure leaves the transaction open or aborted; the pool rolls it back when the connection returns.
    /// </summary>
    private Task<T> ReadInOwnSnapshot<T>(string what, Func<NpgsqlConnection, Task<T>> body, CancellationToken cancellationToken) =>
        StoreErrors.Run(what, async () =>
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await RequireSchema(connection, cancellationToken).ConfigureAwait(false);
            return await body(connection).ConfigureAwait(false);
        });

    private static async Task<ImmutableArray<HistoryEntry>> Rows(Task<(ImmutableArray<HistoryEntry> Rows, DiplomaticGraph Graph)> answer) =>
        (await answer.ConfigureAwait(false)).Rows;

    private async Task RequireSchema(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        if (schemaCurrent)
        {
            return;
        }

        var version = await MigrationRunner.CurrentVersionAsync(connection, cancellationToken).ConfigureAwait(false);
        if (version == 0)
        {
            throw new StoreException("The database has no DiplomacyGraph schema yet: run 'dipgraph db init' (MigrateAsync) first.");
        }

        if (version < MigrationRunner.LatestVersion)
        {
            throw new StoreException($"The database schema is at version {version}; this library needs {MigrationRunner.LatestVersion}: run 'dipgraph db init' (MigrateAsync) to update it.");
        }

        if (version > MigrationRunner.LatestVersion)
        {
            throw new StoreException($"The database schema is at version {version}, newer than this library knows ({MigrationRunner.LatestVersion}); update DiplomacyGraph.PostgreSql.");
        }

        schemaCurrent = true;
    }
}
