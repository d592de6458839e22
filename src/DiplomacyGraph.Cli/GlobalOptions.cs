using System.CommandLine;
using DiplomacyGraph.Cli.Options;

namespace DiplomacyGraph.Cli;

/// <summary>Options every command accepts.</summary>
internal sealed class GlobalOptions
{
    public Option<string[]> Graph { get; } = new("--graph")
    {
        Description = "Dataset file(s) to load (YAML, or one JSON or GraphML file); the embedded seeds when omitted.",
        Recursive = true,
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Print JSON for scripts (see docs/cli-json.md) instead of text.",
        Recursive = true,
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

    public GlobalOptions()
    {
        Graph.NoEmptyPath();
        AsOf.Day();
        KnownAsOf.Day();
    }

    public void AddTo(RootCommand root)
    {
        root.Options.Add(Graph);
        root.Options.Add(Json);
        root.Options.Add(AsOf);
        root.Options.Add(KnownAsOf);
    }
}
