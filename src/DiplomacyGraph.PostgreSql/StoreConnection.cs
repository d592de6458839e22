using System.Data.Common;
using Npgsql;

namespace DiplomacyGraph.PostgreSql;

/// <summary>Checks a connection string and opens its data source, naming a bad keyword without ever echoing a value.</summary>
internal static class StoreConnection
{
    public static NpgsqlDataSource Open(string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        var generic = new DbConnectionStringBuilder();
        try
        {
            generic.ConnectionString = connectionString;
        }
        catch (ArgumentException)
        {
            throw new StoreException("The database connection string is not valid: write it as Key=Value pairs separated by ';' (for example Host=…;Database=…;Username=…).");
        }

        if (generic.Count == 0)
        {
            throw new StoreException("The database connection string is empty: give --db or set DIPGRAPH_DB.");
        }

        var builder = new NpgsqlConnectionStringBuilder();
        foreach (string key in generic.Keys)
        {
            try
            {
                builder[key] = generic[key];
            }
            catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException or OverflowException)
            {
                var known = NpgsqlKeyword(builder, key);
                throw new StoreException(known
                    ? $"The database connection string is not valid: the value of '{key}' is not accepted."
                    : $"The database connection string is not valid: '{key}' is not a keyword PostgreSQL connections know.");
            }
        }

        if (string.IsNullOrEmpty(builder.Host))
        {
            throw new StoreException("The database connection string is not valid: it names no Host.");
        }

        // The application name shows in pg_stat_activity; the password stays out of every message this library writes.
        builder.ApplicationName ??= "dipgraph";

        // The server-side queries send the same few statements again and again: unless the caller chose, Npgsql prepares
        // those used twice (on each pooled connection), so the server parses and plans them once.
        if (!generic.Keys.Cast<string>().Any(k => k.Replace(" ", string.Empty, StringComparison.Ordinal).Equals("MaxAutoPrepare", StringComparison.OrdinalIgnoreCase)))
        {
            builder.MaxAutoPrepare = 64;
            builder.AutoPrepareMinUsages = 2;
        }

        return NpgsqlDataSource.Create(builder);
    }

    private static bool NpgsqlKeyword(NpgsqlConnectionStringBuilder builder, string key)
    {
        try
        {
            return builder.ContainsKey(key);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
