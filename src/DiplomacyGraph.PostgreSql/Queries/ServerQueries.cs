using System.Collections.Immutable;
using DiplomacyGraph.Model;
using DiplomacyGraph.PostgreSql.Reading;
using DiplomacyGraph.Queries;
using Npgsql;

namespace DiplomacyGraph.PostgreSql.Queries;

/// <summary>
/// The server-side queries. Each reads, with index lookups, only the rows its in-memory counterpart looks at, loads them
/// into a small graph and runs the library's own query on it — so the answer is the in-memory answer by construction, and
/// the cost follows the size of the answer, not of the store.
/// </summary>
internal static class ServerQueries
{
    private static readonly string[] RepresentativeTypes =
        [BuiltInRelationTypes.HoldsOffice.Name, BuiltInRelationTypes.MemberOf.Name, BuiltInRelationTypes.Governs.Name, BuiltInRelationTypes.LocatedIn.Name];

    public static async Task<(ImmutableArray<HistoryEntry> Rows, DiplomaticGraph Graph)> HistoryAsync(
        NpgsqlConnection connection, string entityA, string entityB, DateRange? window, IReadOnlyCollection<string>? types, bool direct, CancellationToken cancellationToken)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var relations = new List<string>();
        var sideA = new List<string> { entityA };
        var sideB = new List<string> { entityB };
        var exists = ("SELECT id FROM dipgraph.entities WHERE id = ANY($1)", new NpgsqlParameter[] { Sql.Texts([entityA, entityB]) }, (Action<NpgsqlDataReader>)(r => found.Add(r.GetString(0))));

        // With members, a first round trip finds each side's members (and the relations on their way); direct, the sides are
        // known and everything below goes in one round trip with the existence check.
        // The snapshot opens in the first batch and closes in the last (ReadInOwnSnapshot): no round trip of its own.
        var rows = new List<(string, NpgsqlParameter[], Action<NpgsqlDataReader>)> { Sql.BeginSnapshot, exists };
        if (!direct)
        {
            await Sql.ReadBatch(connection, [Sql.BeginSnapshot, exists, SideQuery(entityA, sideA, relations), SideQuery(entityB, sideB, relations)], cancellationToken).ConfigureAwait(false);
            RequireFound(found, entityA, entityB);
            rows.Clear();
        }

        // Then, each an index lookup: relations directly between a member of each side (the pair index when direct); the meetings both sides
        // attended with every attendance of them (a meeting row lists every attendee); the statements both sides are part of with
        // all their relations; and the sides' degrees, counted only up to the number of pairs of members (all the in-memory
        // query compares them with; see DegreeBalance). With members, also each member's count of meetings and statements: the
        // in-memory query walks the side with fewer, and with several members that choice sets the order of tied rows (see
        // AttendanceBalance). Direct, one member a side, the order is the graph order of the shared ones either way.
        var entities = new List<string>(sideA.Concat(sideB));
        var degrees = new Dictionary<string, long>(StringComparer.Ordinal);
        var cap = (int)Math.Min(int.MaxValue, (long)sideA.Count * sideB.Count);
        if (direct)
        {
            var pair = Writing.RowCopier.Pair(entityA, entityB);
            rows.Add(("""
                SELECT r.id, r.from_id, r.to_id, r.claimed_by FROM dipgraph.relations r WHERE r.pair_low = $1 AND r.pair_high = $2
                """, [Sql.Text(pair.Low), Sql.Text(pair.High)], r => Collect(r, relations, entities)));
        }
        else
        {
            // Sides of many members: not every pair of members (two countries of 1,500 members each are 2 million pairs) but
            // each side's relations from its members, kept when the other end is on the other side — linear in the degrees.
            rows.Add(("""
                SELECT r.id, r.from_id, r.to_id, r.claimed_by FROM dipgraph.relations r WHERE r.from_id = ANY($1) AND r.to_id = ANY($2)
                UNION ALL
                SELECT r.id, r.from_id, r.to_id, r.claimed_by FROM dipgraph.relations r WHERE r.from_id = ANY($2) AND r.to_id = ANY($1)
                """, [Sql.Texts(sideA), Sql.Texts(sideB)], r => Collect(r, relations, entities)));
        }

        rows.Add(($"""
            WITH {SharedMeetings}
            SELECT r.id, r.from_id, r.to_id, r.claimed_by FROM dipgraph.relations r WHERE r.type = $3 AND r.to_id IN (SELECT id FROM shared)
            """, [Sql.Texts(sideA), Sql.Texts(sideB), Sql.Text(BuiltInRelationTypes.Attended.Name)], r => Collect(r, relations, entities)));
        var counts = new Dictionary<string, (long Meetings, long Statements)>(StringComparer.Ordinal);
        if (!direct)
        {
            // What the in-memory attendance index counts per entity (validation makes an attendance's end a meeting, a said
            // relation's end and an about relation's start a statement), for AttendanceBalance.
            rows.Add(($"""
                SELECT s.id,
                    (SELECT count(DISTINCT r.to_id) FROM dipgraph.relations r WHERE r.from_id = s.id AND r.type = '{BuiltInRelationTypes.Attended.Name}' AND r.to_id <> s.id),
                    (SELECT count(*) FROM (
                        SELECT r.to_id FROM dipgraph.relations r WHERE r.from_id = s.id AND r.type = '{BuiltInRelationTypes.Said.Name}' AND r.to_id <> s.id
                        UNION
                        SELECT r.from_id FROM dipgraph.relations r WHERE r.to_id = s.id AND r.type = '{BuiltInRelationTypes.About.Name}' AND r.from_id <> s.id) x)
                FROM (SELECT DISTINCT id FROM unnest($1::text[]) u(id)) s
                """, [Sql.Texts(sideA.Concat(sideB))], r => counts[r.GetString(0)] = (r.GetInt64(1), r.GetInt64(2))));
        }

        rows.Add(($"""
            WITH mine AS ({StatementsOf("$1")}), theirs AS ({StatementsOf("$2")}),
            shared AS (SELECT id FROM mine INTERSECT SELECT id FROM theirs)
            {StatementRelations("shared")}
            """, [Sql.Texts(sideA), Sql.Texts(sideB)], r => Collect(r, relations, entities)));
        rows.Add(("""
            SELECT s.id,
                (SELECT count(*) FROM (SELECT 1 FROM dipgraph.relations r WHERE r.from_id = s.id LIMIT $2) f)
                + (SELECT count(*) FROM (SELECT 1 FROM dipgraph.relations r WHERE r.to_id = s.id LIMIT $2) t)
            FROM (SELECT DISTINCT id FROM unnest($1::text[]) u(id)) s
            """, [Sql.Texts(sideA.Concat(sideB)), Sql.Int(cap)], r => degrees[r.GetString(0)] = r.GetInt64(1)));
        await Sql.ReadBatch(connection, rows, cancellationToken).ConfigureAwait(false);
        RequireFound(found, entityA, entityB);

        // Last round trip: the rows themselves, into a small graph the library's own History runs on.
        // The rows were written from a validated graph: built through the trusted path once their references are checked
        // (StoredParts.Check), and again, unchecked, after each balance adds its placeholders (valid by construction).
        var parts = await GraphLoader.LoadPartsAsync(connection, RowFilter.Ids(entities, relations), cancellationToken, endSnapshot: true).ConfigureAwait(false);
        var small = parts.ToGraph();
        if (!direct && AttendanceBalance.Apply(parts, small, DegreeBalance.Members(small, entityA), DegreeBalance.Members(small, entityB), counts))
        {
            small = parts.ToCheckedGraph();
        }

        var graph = DegreeBalance.Build(parts, small, sideA, sideB, degrees);
        return (graph.History(entityA, entityB, new QueryFilter { Window = window, OnlyTypes = types?.ToHashSet(StringComparer.Ordinal) }, direct: direct), graph);
    }

    private static void RequireFound(HashSet<string> found, params string[] ids)
    {
        foreach (var id in ids.Where(id => !found.Contains(id)))
        {
            throw new KeyNotFoundException($"No entity has the id '{id}'.");
        }
    }

    public static async Task<(ImmutableArray<HistoryEntry> Rows, DiplomaticGraph Graph)> TimelineAsync(NpgsqlConnection connection, string entityId, DateRange? window, bool direct, CancellationToken cancellationToken)
    {
        await RequireEntitiesAsync(connection, [entityId], cancellationToken).ConfigureAwait(false);
        var side = new List<string> { entityId };
        var relations = new List<string>();
        if (!direct)
        {
            await Sql.ReadBatch(connection, [SideQuery(entityId, side, relations)], cancellationToken).ConfigureAwait(false);
        }

        var graph = await AroundAsync(connection, side, relations, null, cancellationToken).ConfigureAwait(false);
        return (graph.Timeline(entityId, new QueryFilter { Window = window }, direct: direct), graph);
    }

    public static async Task<ImmutableArray<OfficeHolder>> OfficeHoldersAsync(NpgsqlConnection connection, string organization, string role, DateOnly date, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(role);
        await RequireEntitiesAsync(connection, [organization], cancellationToken).ConfigureAwait(false);
        var graph = await AroundAsync(connection, [organization], [], BuiltInRelationTypes.HoldsOffice.Name, cancellationToken).ConfigureAwait(false);
        return graph.OfficeHolders(organization, role, date);
    }

    public static async Task<StoreCounts> CountAsOfAsync(NpgsqlConnection connection, DateOnly date, CancellationToken cancellationToken)
    {
        // SliceQueries.AsOf: meetings whose earliest possible day is after the date go, with their relations; relations go
        // when their earliest possible day is after it. An open start (lower_inf) is the earliest day of all.
        const string Later = "(NOT lower_inf({0}.time) AND lower({0}.time) > $1)";
        var meetingLater = string.Format(System.Globalization.CultureInfo.InvariantCulture, Later, "e");
        var relationLater = string.Format(System.Globalization.CultureInfo.InvariantCulture, Later, "r");
        long entities = 0, relations = 0, sources = 0;
        await Sql.Read(connection, $"""
            SELECT
                (SELECT count(*) FROM dipgraph.entities e WHERE NOT (e.kind = 'Meeting' AND {meetingLater})),
                (SELECT count(*) FROM dipgraph.relations r WHERE NOT {relationLater}
                    AND NOT EXISTS (SELECT 1 FROM dipgraph.entities e WHERE e.id IN (r.from_id, r.to_id) AND e.kind = 'Meeting' AND {meetingLater})),
                (SELECT count(*) FROM dipgraph.sources)
            """, r => (entities, relations, sources) = (r.GetInt64(0), r.GetInt64(1), r.GetInt64(2)), cancellationToken, Sql.Day(date)).ConfigureAwait(false);
        return new StoreCounts(entities, relations, sources);
    }

    public static async Task<StoreCounts> CountAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        StoreCounts counts = new(0, 0, 0);
        await Sql.Read(connection, "SELECT (SELECT count(*) FROM dipgraph.entities), (SELECT count(*) FROM dipgraph.relations), (SELECT count(*) FROM dipgraph.sources)",
            r => counts = new StoreCounts(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2)), cancellationToken).ConfigureAwait(false);
        return counts;
    }

    public static async Task<Entity> ResolveAsync(NpgsqlConnection connection, string name, CancellationToken cancellationToken)
    {
        // Candidates: the exact id, a name or alias with the same name key, or one holding every word of the name. The
        // in-memory resolver then ranks them exactly as it would in the whole graph.
        var entities = new List<string>();
        await Sql.Read(connection, """
            SELECT e.id FROM dipgraph.entities e WHERE e.id = $1 OR e.name_keys @> ARRAY[$2]
            UNION SELECT e.id FROM dipgraph.entities e WHERE to_tsvector('simple', e.name) @@ plainto_tsquery('simple', $3)
            UNION SELECT a.entity_id FROM dipgraph.aliases a WHERE to_tsvector('simple', a.alias) @@ plainto_tsquery('simple', $3)
            """, r => entities.Add(r.GetString(0)), cancellationToken, Sql.Text(name), Sql.Text(NameKey.Normalize(name)), Sql.Text(name)).ConfigureAwait(false);
        var graph = await GraphLoader.LoadAsync(connection, RowFilter.Ids(entities, []), cancellationToken).ConfigureAwait(false);
        return graph.Resolve(name);
    }

    /// <summary>
    /// The entities (with the relations already found), their relations (of one type when given) and every entity they touch.
    /// </summary>
    private static async Task<DiplomaticGraph> AroundAsync(NpgsqlConnection connection, List<string> ids, List<string> relations, string? type, CancellationToken cancellationToken)
    {
        var entities = new List<string>(ids);
        await Sql.Read(connection, """
            SELECT r.id, r.from_id, r.to_id, r.claimed_by FROM dipgraph.relations r WHERE r.from_id = ANY($1) AND ($2::text IS NULL OR r.type = $2)
            UNION ALL
            SELECT r.id, r.from_id, r.to_id, r.claimed_by FROM dipgraph.relations r WHERE r.to_id = ANY($1) AND r.from_id <> ALL($1) AND ($2::text IS NULL OR r.type = $2)
            """, r => Collect(r, relations, entities), cancellationToken,
            Sql.Texts(ids), new NpgsqlParameter<string?> { TypedValue = type, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text }).ConfigureAwait(false);
        if (type is null)
        {
            // Every attendance of the meetings it attended (a meeting row lists every attendee).
            await Sql.Read(connection, $"""
                SELECT r.id, r.from_id, r.to_id, r.claimed_by FROM dipgraph.relations r
                WHERE r.type = '{BuiltInRelationTypes.Attended.Name}' AND r.to_id IN
                    (SELECT m.to_id FROM dipgraph.relations m WHERE m.type = '{BuiltInRelationTypes.Attended.Name}' AND m.from_id = ANY($1))
                """, r => Collect(r, relations, entities), cancellationToken, Sql.Texts(ids)).ConfigureAwait(false);

            // The statements it said or is the subject of, with who said them, where and about what (a statement row shows them).
            await Sql.Read(connection, $"""
                WITH touched AS ({StatementsOf("$1")})
                {StatementRelations("touched")}
                """, r => Collect(r, relations, entities), cancellationToken, Sql.Texts(ids)).ConfigureAwait(false);
        }

        return await GraphLoader.LoadAsync(connection, RowFilter.Ids(entities, relations), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Everyone who may act for the entity: the transitive <c>from</c> ends of office, membership, government and location
    /// relations pointing at it (not denied, not planned), added to <paramref name="side"/>, and those relations, added to
    /// <paramref name="relations"/>. The in-memory query then applies the time conditions.
    /// </summary>
    private static (string, NpgsqlParameter[], Action<NpgsqlDataReader>) SideQuery(string entity, List<string> side, List<string> relations) =>
        ("""
        WITH RECURSIVE side(id) AS (
            SELECT $1::text
            UNION
            SELECT r.from_id FROM dipgraph.relations r JOIN side s ON r.to_id = s.id
            WHERE r.type = ANY($2) AND r.assertion NOT IN ('Denied', 'Planned') AND r.from_id <> r.to_id
        )
        SELECT true, id FROM side WHERE id <> $1
        UNION ALL
        SELECT false, r.id FROM dipgraph.relations r
        WHERE r.to_id IN (SELECT id FROM side) AND r.from_id IN (SELECT id FROM side) AND r.type = ANY($2) AND r.assertion NOT IN ('Denied', 'Planned')
        """, [Sql.Text(entity), Sql.Texts(RepresentativeTypes)], r => (r.GetBoolean(0) ? side : relations).Add(r.GetString(1)));

    /// <summary>
    /// <c>shared</c>: the meetings a member of each side attended (<c>$1</c>, <c>$2</c> the sides, <c>$3</c> <c>attended</c>).
    /// Walked from the side with fewer attendances (counted up to 1,000, index-only), each checked against the other side with
    /// one probe of <c>(from_id, type, to_id)</c> — so a hub of 10,000 meetings costs its count, not its list.
    /// </summary>
    private const string SharedMeetings = """
        sizes AS (
            SELECT (SELECT count(*) FROM (SELECT 1 FROM dipgraph.relations r WHERE r.from_id = ANY($1) AND r.type = $3 LIMIT 1000) a) AS a,
                   (SELECT count(*) FROM (SELECT 1 FROM dipgraph.relations r WHERE r.from_id = ANY($2) AND r.type = $3 LIMIT 1000) b) AS b
        ),
        shared AS (
            SELECT r.to_id AS id FROM dipgraph.relations r
            WHERE (SELECT a <= b FROM sizes) AND r.from_id = ANY($1) AND r.type = $3
              AND EXISTS (SELECT 1 FROM dipgraph.relations o WHERE o.from_id = ANY($2) AND o.type = $3 AND o.to_id = r.to_id)
            UNION
            SELECT r.to_id FROM dipgraph.relations r
            WHERE (SELECT a > b FROM sizes) AND r.from_id = ANY($2) AND r.type = $3
              AND EXISTS (SELECT 1 FROM dipgraph.relations o WHERE o.from_id = ANY($1) AND o.type = $3 AND o.to_id = r.to_id)
        )
        """;

    /// <summary>The ids of the statements the entities in the array parameter said (<c>said</c>) or are the subject of (<c>about</c>).</summary>
    private static string StatementsOf(string parameter) =>
        $"SELECT r.to_id AS id FROM dipgraph.relations r WHERE r.type = '{BuiltInRelationTypes.Said.Name}' AND r.from_id = ANY({parameter}) "
        + $"UNION SELECT r.from_id FROM dipgraph.relations r WHERE r.type = '{BuiltInRelationTypes.About.Name}' AND r.to_id = ANY({parameter})";

    /// <summary>Every <c>said</c>, <c>said-at</c> and <c>about</c> relation of the statements in the named set.</summary>
    private static string StatementRelations(string set) => $"""
        SELECT r.id, r.from_id, r.to_id, r.claimed_by FROM dipgraph.relations r
        WHERE r.type IN ('{BuiltInRelationTypes.SaidAt.Name}', '{BuiltInRelationTypes.About.Name}') AND r.from_id IN (SELECT id FROM {set})
        UNION ALL
        SELECT r.id, r.from_id, r.to_id, r.claimed_by FROM dipgraph.relations r
        WHERE r.type = '{BuiltInRelationTypes.Said.Name}' AND r.to_id IN (SELECT id FROM {set})
        """;

    private static void Collect(NpgsqlDataReader r, List<string> relations, List<string> entities)
    {
        relations.Add(r.GetString(0));
        entities.Add(r.GetString(1));
        entities.Add(r.GetString(2));
        if (!r.IsDBNull(3))
        {
            entities.Add(r.GetString(3));
        }
    }

    private static async Task RequireEntitiesAsync(NpgsqlConnection connection, string[] ids, CancellationToken cancellationToken)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        await Sql.Read(connection, "SELECT id FROM dipgraph.entities WHERE id = ANY($1)", r => found.Add(r.GetString(0)), cancellationToken, Sql.Texts(ids)).ConfigureAwait(false);
        foreach (var id in ids.Where(id => !found.Contains(id)))
        {
            throw new KeyNotFoundException($"No entity has the id '{id}'.");
        }
    }
}
