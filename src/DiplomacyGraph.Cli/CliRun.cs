using System.CommandLine;
using DiplomacyGraph.Cli.Output;
using DiplomacyGraph.Formats;
using DiplomacyGraph.Queries;
using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Serialization;

namespace DiplomacyGraph.Cli;

/// <summary>One invocation: its writers, its options, its graph, and the mapping of failures to exit codes.</summary>
internal sealed class CliRun
{
    internal static readonly JsonSerializerSettings JsonSettings = new()
    {
        ContractResolver = new DefaultContractResolver { NamingStrategy = new CamelCaseNamingStrategy { ProcessDictionaryKeys = false } },
        Converters = { new StringEnumConverter() },
        Formatting = Formatting.Indented,
        NullValueHandling = NullValueHandling.Ignore,
        TypeNameHandling = TypeNameHandling.None,
    };

    private readonly Lazy<DiplomaticGraph> graph;

    private CliRun(ParseResult result, GlobalOptions options)
    {
        Data = result.InvocationConfiguration.Output;
        Out = new EscapingWriter(Data);
        Error = new EscapingWriter(result.InvocationConfiguration.Error);
        Json = result.GetValue(options.Json);
        var files = result.GetValue(options.Graph) ?? [];
        var asOf = result.GetValue(options.AsOf);
        var knownAsOf = result.GetValue(options.KnownAsOf);
        graph = new Lazy<DiplomaticGraph>(() =>
        {
            var loaded = files.Length == 0 ? Seeds.Load() : LoadFiles(files, Error);
            var sliced = asOf is null ? loaded : loaded.AsOf(Day(asOf, "--as-of"));
            return knownAsOf is null ? sliced : sliced.KnownAsOf(Day(knownAsOf, "--known-as-of"));
        });
    }

    /// <summary>Text output for people: hidden characters escaped, so no value can start a new row (<see cref="EscapingWriter"/>).</summary>
    public TextWriter Out { get; }

    /// <summary>Standard output as it is, for data (JSON, exports) whose own syntax escapes what it must.</summary>
    public TextWriter Data { get; }

    public TextWriter Error { get; }

    public bool Json { get; }

    public DiplomaticGraph Graph => graph.Value;

    /// <summary>Runs a command body, turning the library's failures into messages and exit codes.</summary>
    public static int Execute(ParseResult result, GlobalOptions options, Func<CliRun, int> body)
    {
        var run = new CliRun(result, options);
        try
        {
            return body(run);
        }
        catch (GraphFormatException e)
        {
            foreach (var error in e.Errors)
            {
                run.Error.WriteLine(error);
            }

            return ExitCodes.InvalidInput;
        }
        catch (FormatException e)
        {
            run.Error.WriteLine(e.Message);
            return ExitCodes.InvalidInput;
        }
        catch (IOException e)
        {
            // AtomicFile's one-line message: the output could not be written, and the previous file is unchanged.
            run.Error.WriteLine(DisplayText.Escape(e.Message));
            return ExitCodes.InvalidInput;
        }
        catch (EntityResolutionException e)
        {
            run.Error.WriteLine(e.Message);
            foreach (var candidate in e.Candidates)
            {
                run.Error.WriteLine($"  {candidate.Id}\t{candidate.Kind}\t{candidate.Name}");
            }

            return ExitCodes.NotFound;
        }
    }

    /// <summary>
    /// Loads dataset files into one graph, each by its extension (the library's format registry): YAML and JSON files
    /// together, or one GraphML file. What a GraphML reader had to assume (plain GraphML from another tool) is written
    /// to <paramref name="notes"/>; progress goes to the terminal when standard error is one.
    /// </summary>
    public static DiplomaticGraph LoadFiles(IReadOnlyList<string> files, TextWriter notes)
    {
        using var progress = TerminalProgress.For(notes, files.Count == 1 ? $"reading {Path.GetFileName(files[0])}" : $"reading {files.Count} files");
        return DiplomaticGraph.Load(files, new GraphReaderOptions { Notes = note => notes.WriteLine($"note: {note}"), Progress = progress });
    }

    /// <summary>Parses a day written yyyy-mm-dd.</summary>
    /// <exception cref="FormatException">The text is not such a day.</exception>
    public static DateOnly Day(string text, string what) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day)
            ? day
            : throw new FormatException($"{what}: '{text}' is not a day; write it yyyy-mm-dd.");

    /// <summary>A day as yyyy-mm-dd; <c>open</c> for the open end <see cref="DateOnly.MaxValue"/>.</summary>
    public static string Iso(DateOnly day) =>
        day == DateOnly.MaxValue ? "open" : day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public void WriteJson(object value) => Data.WriteLine(JsonConvert.SerializeObject(value, JsonSettings));
}
