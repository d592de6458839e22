using System.CommandLine;
using DiplomacyGraph.Cli.Options;

namespace DiplomacyGraph.Cli;

/// <summary>Options every command accepts.</summary>
internal sealed class GlobalOptions
{
    /// <summary>The values <c>--format</c> takes.</summary>
    public static readonly string[] Formats = ["text", "json", "markdown", "csv"];

    public Option<string[]> Graph { get; } = new("--graph")
    {
        Description = "Dataset files, folders (every dataset file inside) or patterns (mine/*.yaml) to load: YAML and JSON together, or one GraphML file; the embedded seeds when omitted.",
        Recursive = true,
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = true,
    };

    public Option<bool> WithSeeds { get; } = new("--with-seeds")
    {
        Description = "Layer the --graph files on the embedded seeds: they may refer to the seeds' ids; an id in both is an error naming both places.",
        Recursive = true,
    };

    public Option<bool> NoQuoteCheck { get; } = new("--no-quote-check")
    {
        Description = "Load even when a source's file is missing (a dataset without its texts): those quotes go unchecked, and each such file is named on standard error.",
        Recursive = true,
    };

    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Print JSON for scripts (see docs/cli-json.md) instead of text; short for --format json.",
        Recursive = true,
    };

    public Option<string?> Format { get; } = new("--format")
    {
        Description = "Output format: text (default; wrapped to the terminal), json, markdown or csv.",
        Recursive = true,
        CustomParser = result =>
        {
            var value = result.Tokens.Count == 0 ? null : result.Tokens[0].Value.Trim().ToLowerInvariant();
            if (value is not null && !Formats.Contains(value))
            {
                result.AddError(Choices.Unknown("--format", result.Tokens[0].Value, Formats));
            }

            return value;
        },
    };

    public Option<string?> AsOf { get; } = new("--as-of")
    {
        Description = "Run the command on the valid-time slice at this day (yyyy-mm-dd): what could have happened by then.",
        Recursive = true,
    };

    public Option<string?> KnownAsOf { get; } = new("--known-as-of")
    {
        Description = "Run the command on what sources certainly published by this day (yyyy-mm-dd) said.",
        Recursive = true,
    };

    public Option<bool> Lenient { get; } = new("--lenient")
    {
        Description = "With --known-as-of (or as-of --known): also keep sources possibly published by then, such as undated ones.",
        Recursive = true,
    };

    public GlobalOptions()
    {
        Graph.NoEmptyPath();
        AsOf.Day();
        KnownAsOf.Day();
    }

    public void AddTo(RootCommand root)
    {
        root.Options.Add(Graph);
        root.Options.Add(WithSeeds);
        root.Options.Add(NoQuoteCheck);
        root.Options.Add(Json);
        root.Options.Add(Format);
        root.Options.Add(AsOf);
        root.Options.Add(KnownAsOf);
        root.Options.Add(Lenient);
    }
}
