using System.CommandLine;
using DiplomacyGraph.Cli.Options;
using DiplomacyGraph.Cli.Output;

namespace DiplomacyGraph.Cli.Commands;

/// <summary>
/// <c>dipgraph validate FILE… [--max-errors N] [--watch]</c>: loads the files as one dataset and reports every problem
/// with file:line:col, up to N of them, then how many more there are; with <c>--watch</c>, again on every save.
/// </summary>
internal static class ValidateCommand
{
    public const int DefaultMaxErrors = 100;

    public static Command Create(GlobalOptions options)
    {
        var files = new Argument<string[]>("files") { Description = "Dataset files, folders or patterns (YAML and JSON loaded together, or one GraphML file); with --with-seeds, layered on the seeds.", Arity = ArgumentArity.OneOrMore };
        var maxErrors = new Option<int>("--max-errors")
        {
            Description = $"Print at most this many problems, then how many more there are (default {DefaultMaxErrors}).",
            DefaultValueFactory = _ => DefaultMaxErrors,
        };
        maxErrors.InRange(1, int.MaxValue);
        var watch = new Option<bool>("--watch") { Description = "Validate again whenever a file in the datasets' folders changes (a save of the YAML or of an article); Ctrl+C ends." };
        files.NoEmptyPath();
        var command = new Command("validate", "Check dataset files; print every problem as file:line:col: field: message.") { files, maxErrors, watch };
        command.RefusesSlices(options, "it checks the files as written (load them with --graph and query a slice instead).");
        command.SetAction((result, token) => Task.FromResult(Invocation.Execute(result, options, run => result.GetValue(watch)
            ? Watch(run, result.GetValue(files)!, result.GetValue(maxErrors), token)
            : Run(run, result.GetValue(files)!, result.GetValue(maxErrors)))));
        return command;
    }

    /// <summary>
    /// Validates, then again after every change in the folders of the files (and below: the articles in sources/), once
    /// the changes have settled, until cancelled (Ctrl+C). Returns the last run's exit code.
    /// </summary>
    private static int Watch(Invocation run, string[] files, int maxErrors, CancellationToken token)
    {
        var code = Run(run, files, maxErrors);
        var folders = files
            .Select(f => Directory.Exists(f) ? Path.GetFullPath(f) : Path.GetDirectoryName(Path.GetFullPath(f)) ?? ".")
            .Distinct(StringComparer.Ordinal)
            .Where(Directory.Exists)
            .ToList();
        using var changed = new SemaphoreSlim(0);
        var watchers = folders.Select(folder =>
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size };
            watcher.Changed += (_, _) => changed.Release();
            watcher.Created += (_, _) => changed.Release();
            watcher.Deleted += (_, _) => changed.Release();
            watcher.Renamed += (_, _) => changed.Release();
            watcher.EnableRaisingEvents = true;
            return watcher;
        }).ToList();
        try
        {
            run.Error.WriteLine($"watching {string.Join(", ", folders)} (Ctrl+C ends)");
            while (true)
            {
                changed.Wait(token);
                while (changed.Wait(300, token))
                {
                    // A save is often several events: validate once they have settled.
                }

                run.Out.WriteLine($"--- a file changed; validating again ({DateTime.Now:HH:mm:ss})");
                code = Run(run, files, maxErrors);
            }
        }
        catch (OperationCanceledException)
        {
            return code;
        }
        finally
        {
            watchers.ForEach(w => w.Dispose());
        }
    }

    private static int Run(Invocation run, string[] files, int maxErrors)
    {
        run.Unchecked.Clear();
        try
        {
            var graph = run.LoadFiles(files);
            var skipped = run.Unchecked.Count;
            if (run.Json)
            {
                run.WriteJson(new ValidateOutput(true, graph.Entities.Length, graph.Relations.Length, [], 0) { UncheckedSourceFiles = skipped == 0 ? null : skipped, SourcesWithoutFile = graph.Sources.Count(s => s.File is null) is var n and > 0 ? n : null });
            }
            else
            {
                var note = skipped == 0 ? string.Empty : $"; the quotes of {skipped} source file{(skipped == 1 ? string.Empty : "s")} were NOT checked (--no-quote-check)";
                var textless = graph.Sources.Count(s => s.File is null);
                note += textless == 0 ? string.Empty : $"; {textless} source{(textless == 1 ? " names" : "s name")} no file, so {(textless == 1 ? "its" : "their")} quotes were not checked";
                run.Out.WriteLine($"valid: {graph.Entities.Length} entities, {graph.Relations.Length} relations, {graph.Sources.Length} sources{note}");
            }

            return ExitCodes.Ok;
        }
        catch (GraphFormatException e)
        {
            var shown = e.Errors.Take(maxErrors).ToList();
            var more = e.Errors.Count - shown.Count + e.MoreErrors;
            if (run.Json)
            {
                run.WriteJson(new ValidateOutput(false, 0, 0, [.. shown.Select(ErrorRow.Of)], more));
            }
            else
            {
                shown.ForEach(run.Error.WriteLine);
                if (more > 0)
                {
                    run.Error.WriteLine($"… and {more} more (--max-errors {maxErrors}; raise it to see them)");
                }
            }

            return ExitCodes.InvalidInput;
        }
    }

    /// <summary>The <c>--json</c> answer; <see cref="MoreErrors"/> counts the problems past <c>--max-errors</c>.</summary>
    internal sealed record ValidateOutput(bool Valid, int Entities, int Relations, IReadOnlyList<ErrorRow> Errors, int MoreErrors)
    {
        /// <summary>How many missing source files left their quotes unchecked (<c>--no-quote-check</c>); absent when none.</summary>
        public int? UncheckedSourceFiles { get; init; }

        /// <summary>How many sources name no file, so their quotes were not checked; absent when none.</summary>
        public int? SourcesWithoutFile { get; init; }
    }
}
