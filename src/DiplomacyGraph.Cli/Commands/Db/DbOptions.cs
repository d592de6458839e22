using System.CommandLine;

namespace DiplomacyGraph.Cli.Commands.Db;

/// <summary><c>--db CONNECTION</c> (or the DIPGRAPH_DB environment variable): the database every <c>db</c> command works on.</summary>
internal sealed class DbOptions
{
    public const string Variable = "DIPGRAPH_DB";

    public Option<string?> Connection { get; } = new("--db")
    {
        Description = $"The PostgreSQL connection string (Host=…;Port=…;Database=…;Username=…); {Variable} when omitted. Never printed.",
        Recursive = true,
    };

    /// <summary>The connection string given, or the environment's.</summary>
    /// <exception cref="FormatException">Neither is set.</exception>
    public string Get(ParseResult result) =>
        result.GetValue(Connection) is { Length: > 0 } given ? given
        : Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } fromEnvironment ? fromEnvironment
        : throw new FormatException($"No database: give --db CONNECTION or set {Variable}.");
}
