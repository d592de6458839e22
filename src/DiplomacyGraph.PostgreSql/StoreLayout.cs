namespace DiplomacyGraph.PostgreSql;

/// <summary>How the tables are laid out when the schema is first created (later migrations keep the layout).</summary>
public sealed record StoreLayout
{
    /// <summary>The default layout: one plain <c>relations</c> table.</summary>
    public static StoreLayout Plain { get; } = new();

    /// <summary>
    /// When above zero, <c>relations</c> is hash-partitioned by the entity pair (<c>pair_low, pair_high</c>) into this many
    /// partitions, so a pair's history is read from one partition. Zero (the default) keeps one plain table.
    /// </summary>
    /// <remarks>A partitioned table's primary key must hold the partition key, so relation ids are then unique per pair in
    /// the database; every write still checks them graph-wide before it commits.</remarks>
    public int RelationPartitions { get; init; }
}
