using System.CommandLine;
using DiplomacyGraph.Cli.Options;
using DiplomacyGraph.Cli.Output;
using DiplomacyGraph.Formats;
using DiplomacyGraph.Formats.Events;
using DiplomacyGraph.Formats.Yaml;

namespace DiplomacyGraph.Cli.Commands;

/// <summary>
/// <c>dipgraph [--graph FILE…] import icews|gdelt FILE… [--out dataset.json|yaml] [--country PAK,AFG] [--aggregate]
/// [--skip-bad-rows]</c>: imports coded event data as a dataset (docs/event-data.md), layered on the <c>--graph</c>
/// files when given (actors matched to their entities); the import report goes to standard error (to standard output
/// as JSON with <c>--json</c>).
/// </summary>
internal static class ImportCommand
{
    private static readonly Dictionary<string, EventDataset> Datasets = new(StringComparer.Ordinal) { ["icews"] = EventDataset.Icews, ["gdelt"] = EventDataset.Gdelt };

    public static Command Create(GlobalOptions options)
    {
        var dataset = new Argument<string>("dataset") { Description = "The dataset: icews (Dataverse .tab, header row) or gdelt (2.0 export or 1.0 files, plain or .zip)." };
        dataset.AcceptOnlyFromAmong([.. Datasets.Keys]);
        var files = new Argument<string[]>("files") { Description = "The event files, read in order.", Arity = ArgumentArity.OneOrMore };
        files.NoEmptyPath();
        var output = new Option<string?>("--out") { Description = "Write the dataset to this file (its extension picks the format: " + string.Join(", ", GraphFormats.Writers.SelectMany(w => w.Extensions)) + "); YAML on standard output without it." }.NoEmptyPath();
        output.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1 && GraphFormats.WriterFor(result.Tokens[0].Value) is null)
            {
                result.AddError($"--out must end in one of {string.Join(", ", GraphFormats.Writers.SelectMany(w => w.Extensions))}.");
            }
        });
        var countries = new Option<string?>("--country") { Description = "Keep only events naming these countries, comma-separated, as the dataset writes them (ICEWS: Pakistan,Afghanistan; GDELT: PAK,AFG actor codes, PK,AF location codes)." };
        var aggregate = new Option<bool>("--aggregate") { Description = "One relation per day, actors and CAMEO code: every record cited, mentions, sources and articles summed." };
        var skipBadRows = new Option<bool>("--skip-bad-rows") { Description = "Skip rows that cannot be read and report how many and why, instead of failing the import." };
        var command = new Command("import", "Import ICEWS or GDELT event rows as a dataset of act relations with record citations.")
        {
            dataset, files, output, countries, aggregate, skipBadRows,
        };
        command.RefusesSlices(options, "it makes a dataset from event files rather than querying a graph.");
        command.SetAction(result => Invocation.Execute(result, options, run =>
        {
            var layered = result.GetValue(options.Graph) is { Length: > 0 };
            var paths = result.GetValue(files)!;
            var country = result.GetValue(countries)?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            EventImportResult imported;
            using (var progress = TerminalProgress.For(run.Error, paths.Length == 1 ? $"importing {Path.GetFileName(paths[0])}" : $"importing {paths.Length} files"))
            {
                imported = EventImport.Load(
                    Datasets[result.GetValue(dataset)!],
                    paths,
                    new EventImportOptions
                    {
                        Aggregate = result.GetValue(aggregate),
                        SkipBadRows = result.GetValue(skipBadRows),
                        Countries = country,
                        Reading = new GraphReaderOptions { Progress = progress },
                    },
                    layered ? run.WholeGraph : null);
            }

            var path = result.GetValue(output);
            if (run.Json)
            {
                run.WriteJson(ImportOutput.Of(imported.Report, path));
            }
            else
            {
                foreach (var line in imported.Report.ToString().Split(Environment.NewLine))
                {
                    run.Error.WriteLine(line);
                }
            }

            if (path is not null)
            {
                ExportCommand.Save(run, imported.Graph, path);
            }
            else if (!run.Json)
            {
                YamlGraphWriter.Write(imported.Graph, run.Data);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>The <c>--json</c> answer: the import report (docs/cli-json.md).</summary>
    internal sealed record ImportOutput(
        long Rows, long Relations, long FilteredOut, long Aggregated, long OneActor, long WithoutCounterpart, long Matched, long Repaired,
        IReadOnlyDictionary<string, int> Skipped, IReadOnlyList<ErrorRow> SkippedExamples, IReadOnlyList<string> Ambiguous, string? Out)
    {
        public static ImportOutput Of(EventImportReport r, string? path) => new(
            r.Rows, r.Relations, r.FilteredOut, r.Aggregated, r.OneActor, r.WithoutCounterpart, r.Matched, r.Repaired,
            r.Skipped, [.. r.SkippedExamples.Select(ErrorRow.Of)], r.Ambiguous, path);
    }
}
