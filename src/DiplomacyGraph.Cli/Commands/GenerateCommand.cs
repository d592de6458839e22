using System.CommandLine;
using DiplomacyGraph.Cli.Options;
using DiplomacyGraph.Formats;
using DiplomacyGraph.Testing;

namespace DiplomacyGraph.Cli.Commands;

/// <summary><c>dipgraph generate --entities N --relations M --random-seed S --out FILE</c>: writes a synthetic GDELT-like graph for benchmarks.</summary>
internal static class GenerateCommand
{
    public static Command Create(GlobalOptions options)
    {
        var entities = new Option<int>("--entities") { Description = $"How many entities (at least {SyntheticGraphOptions.MinimumEntities}).", Required = true };
        var relations = new Option<int>("--relations") { Description = "How many relations.", Required = true };
        var randomSeed = new Option<long>("--random-seed") { Description = "The random seed; the same random seed and sizes give the same file.", DefaultValueFactory = _ => 1 };
        var output = new Option<string>("--out") { Description = "The file to write; its extension picks the format: " + string.Join(", ", GraphFormats.Writers.SelectMany(w => w.Extensions)) + ".", Required = true };
        entities.InRange(SyntheticGraphOptions.MinimumEntities, SyntheticGraphOptions.MaximumEntities);
        relations.InRange(0, SyntheticGraphOptions.MaximumRelations);
        randomSeed.InRange(long.MinValue, long.MaxValue);
        output.NoEmptyPath();
        output.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1 && GraphFormats.WriterFor(result.Tokens[0].Value) is null)
            {
                result.AddError($"--out must end in one of {string.Join(", ", GraphFormats.Writers.SelectMany(w => w.Extensions))}.");
            }
        });
        var command = new Command("generate", "Write a synthetic GDELT-like graph (skewed activity, offices, meetings, fuzzy dates, citations) for benchmarks.")
        {
            entities, relations, randomSeed, output,
        };
        command.RefusesSlices(options, "it makes a new graph rather than reading one.");
        command.SetAction(result => Invocation.Execute(result, options, run =>
        {
            var path = result.GetValue(output)!;
            var graph = SyntheticGraph.Generate(new SyntheticGraphOptions
            {
                Entities = result.GetValue(entities),
                Relations = result.GetValue(relations),
                RandomSeed = result.GetValue(randomSeed),
            });
            ExportCommand.Save(run, graph, path);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
