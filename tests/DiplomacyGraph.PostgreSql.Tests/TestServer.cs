using DiplomacyGraph.PostgreSql;
using Npgsql;

namespace DiplomacyGraph.PostgreSql.Tests;

/// <summary>
/// The PostgreSQL server the database tests run against: DIPGRAPH_TEST_DB holds a connection string with the right to create
/// databases (.ci/run starts a throwaway cluster and sets it). Without it the tests are skipped, visibly; under CI=true they
/// run and fail, because CI must have the server.
/// </summary>
internal static class TestServer
{
    public const string Variable = "DIPGRAPH_TEST_DB";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why a database test cannot run here, or null when it can (or must, under CI).</summary>
    public static string? SkipReason => ConnectionString is null && !InCi
        ? $"No PostgreSQL server: set {Variable} to a connection string (.ci/run starts a throwaway cluster and sets it)."
        : null;

    public static string Require() =>
        ConnectionString ?? throw new InvalidOperationException($"CI=true but {Variable} is not set: .ci/run must start the PostgreSQL cluster.");

    /// <summary>A connection string for another database on the same server.</summary>
    public static string For(string database, string? server = null) =>
        new NpgsqlConnectionStringBuilder(server ?? Require()) { Database = database, Pooling = false }.ConnectionString;
}

/// <summary>A fact that needs the PostgreSQL server: skipped (reported as skipped) without one, failing under CI=true.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class DatabaseFactAttribute : FactAttribute
{
    public DatabaseFactAttribute()
    {
        if (TestServer.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>A theory that needs the PostgreSQL server (see <see cref="DatabaseFactAttribute"/>).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class DatabaseTheoryAttribute : TheoryAttribute
{
    public DatabaseTheoryAttribute()
    {
        if (TestServer.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
