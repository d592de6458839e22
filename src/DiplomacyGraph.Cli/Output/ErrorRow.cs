using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;

namespace DiplomacyGraph.Cli.Output;

/// <summary>
/// A failure in JSON output (docs/cli-json.md): a problem in a dataset (file, line, column, field), a bad argument, or a name
/// that matched no entity or several (candidates, suggestions). <see cref="Exit"/> is the exit code the command returns.
/// </summary>
internal sealed record ErrorRow(string? File, int? Line, int? Column, string? Field, string Message)
{
    /// <summary>The exit code: 1 not found or ambiguous, 2 invalid input.</summary>
    public int Exit { get; init; } = ExitCodes.InvalidInput;

    /// <summary>For an ambiguous name: every entity that matched equally well.</summary>
    public IReadOnlyList<EntityRow>? Candidates { get; init; }

    /// <summary>For a name that matched nothing: near misses ("did you mean").</summary>
    public IReadOnlyList<EntityRow>? Suggestions { get; init; }

    /// <summary>Further problems, when there are several (a dataset with many errors).</summary>
    public IReadOnlyList<ErrorRow>? Errors { get; init; }

    public static ErrorRow Of(GraphError e) => new(e.Location?.File, e.Location?.Line, e.Location?.Column, e.Field, e.Message);

    public static ErrorRow Of(string message, int exit) => new(null, null, null, null, message) { Exit = exit };
}
