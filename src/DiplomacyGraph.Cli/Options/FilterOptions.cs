using System.CommandLine;
using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;

namespace DiplomacyGraph.Cli.Options;

/// <summary>
/// The options of the one query filter (<see cref="QueryFilter"/>), shared by history, timeline, path and reach:
/// <c>--type</c>, <c>--avoid-kind</c>, <c>--through-kind</c>, <c>--assertions</c>, <c>--from</c>/<c>--to</c>, <c>--certain</c>, <c>--directed</c>.
/// </summary>
internal sealed class FilterOptions
{
    private readonly WindowOptions window = new();

    public FilterOptions(string typesHelp, string assertionsDefault)
    {
        Types = new Option<string[]>("--type") { Description = typesHelp, AllowMultipleArgumentsPerToken = true };
        Assertions = new Option<string[]>("--assertions")
        {
            Description = $"Only relations with these assertions: stated, alleged, denied, planned (comma or space separated; default {assertionsDefault}).",
            AllowMultipleArgumentsPerToken = true,
        };
    }

    public Option<string[]> Types { get; }

    public Option<EntityKind[]> AvoidKinds { get; } = Choices.Many<EntityKind>("--avoid-kind", "Never pass through (or act through) entities of these kinds (any case).");

    public Option<EntityKind[]> ThroughKinds { get; } = Choices.Many<EntityKind>("--through-kind", "Pass through (or act through) only entities of these kinds (any case).");

    public Option<string[]> Assertions { get; }

    public Option<bool> Certain { get; } = new("--certain") { Description = "Keep only what certainly falls in --from/--to (default: what possibly does, marked as such)." };

    public Option<bool> Directed { get; } = new("--directed") { Description = "Follow relations only in their direction (from the first entity's side)." };

    public void AddTo(Command command, bool withWindow = true)
    {
        command.Options.Add(Types);
        command.Options.Add(AvoidKinds);
        command.Options.Add(ThroughKinds);
        command.Options.Add(Assertions);
        if (withWindow)
        {
            window.AddTo(command);
            command.Options.Add(Certain);
        }

        command.Options.Add(Directed);
    }

    /// <summary>The filter the options describe; <see langword="null"/> fields where an option is absent.</summary>
    /// <exception cref="FormatException">A date, a relation type or an assertion is not valid (the message lists the valid ones).</exception>
    public QueryFilter Get(ParseResult result, Invocation run) => new()
    {
        OnlyTypes = run.RelationTypes(result.GetValue(Types)),
        AvoidKinds = result.GetValue(AvoidKinds) is { Length: > 0 } avoid ? avoid.ToHashSet() : null,
        ThroughKinds = result.GetValue(ThroughKinds) is { Length: > 0 } through ? through.ToHashSet() : null,
        Assertions = ParseAssertions(result.GetValue(Assertions)),
        Window = window.Get(result),
        WindowMatch = result.GetValue(Certain) ? WindowMatch.Certainly : WindowMatch.Possibly,
        Directed = result.GetValue(Directed),
    };

    /// <summary>Assertion names, case-insensitive, comma or space separated; <see langword="null"/> when none are given.</summary>
    /// <exception cref="FormatException">A name is not an assertion (the message lists the valid ones).</exception>
    internal static IReadOnlySet<Assertion>? ParseAssertions(string[]? values)
    {
        var names = (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        if (names.Count == 0)
        {
            return null;
        }

        var set = new HashSet<Assertion>();
        foreach (var name in names)
        {
            if (!Enum.TryParse<Assertion>(name, ignoreCase: true, out var assertion) || !Enum.IsDefined(assertion) || int.TryParse(name, out _))
            {
                throw new FormatException($"--assertions: '{name}' is not an assertion; use stated, alleged, denied or planned.");
            }

            set.Add(assertion);
        }

        return set;
    }
}
