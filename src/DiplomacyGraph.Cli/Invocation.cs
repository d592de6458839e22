using System.CommandLine;
using DiplomacyGraph.Cli.Output;
using DiplomacyGraph.Formats;
using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;
using DiplomacyGraph.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Serialization;

namespace DiplomacyGraph.Cli;

/// <summary>One invocation: its writers, its options, its graph, and the mapping of failures to exit codes.</summary>
internal sealed class Invocation
{
    internal static readonly JsonSerializerSettings JsonSettings = new()
    {
        ContractResolver = new DefaultContractResolver { NamingStrategy = new CamelCaseNamingStrategy { ProcessDictionaryKeys = false } },
        Converters = { new StringEnumConverter() },
        Formatting = Formatting.Indented,
        NullValueHandling = NullValueHandling.Ignore,
        TypeNameHandling = TypeNameHandling.None,
    };

    private readonly Lazy<DiplomaticGraph> whole;
    private readonly Lazy<DiplomaticGraph> graph;
    private readonly Lazy<IReadOnlyList<string>> files;

    private Invocation(ParseResult result, GlobalOptions options)
    {
        Data = result.InvocationConfiguration.Output;
        Out = new EscapingWriter(Data);
        Error = new EscapingWriter(result.InvocationConfiguration.Error);
        var format = result.GetValue(options.Format);
        Json = result.GetValue(options.Json) || format == "json";
        Format = format switch { "markdown" => ReportFormat.Markdown, "csv" => ReportFormat.Csv, _ => ReportFormat.Text };
        Lenient = result.GetValue(options.Lenient);
        var named = result.GetValue(options.Graph) ?? [];
        WithSeeds = result.GetValue(options.WithSeeds);
        NoQuoteCheck = result.GetValue(options.NoQuoteCheck);
        files = new Lazy<IReadOnlyList<string>>(() => DatasetFiles.Expand(named));
        var asOf = result.GetValue(options.AsOf);
        var knownAsOf = result.GetValue(options.KnownAsOf);
        whole = new Lazy<DiplomaticGraph>(() => named.Length == 0 && !WithSeeds ? Seeds.Load() : LoadFiles(files.Value));
        graph = new Lazy<DiplomaticGraph>(() =>
        {
            var loaded = whole.Value;
            var notes = new List<string>();
            var sliced = loaded;
            if (asOf is not null)
            {
                var day = Day(asOf, "--as-of");
                sliced = sliced.AsOf(day);
                notes.Add($"as of {Iso(day)}: {loaded.ExplainAsOf(day)}");
            }

            if (knownAsOf is not null)
            {
                var day = Day(knownAsOf, "--known-as-of");
                var mode = Lenient ? TimeOrderMode.Lenient : TimeOrderMode.Strict;
                notes.Add($"as known on {Iso(day)}: {loaded.ExplainKnownAsOf(day, mode)}{(Lenient ? string.Empty : " Try --lenient.")}");
                sliced = sliced.KnownAsOf(day, mode);
            }

            SliceNote = notes.Count == 0 ? null : string.Join(" ", notes);
            return sliced;
        });
    }

    /// <summary>Text output for people: hidden characters escaped, so no value can start a new row (<see cref="EscapingWriter"/>).</summary>
    public TextWriter Out { get; }

    /// <summary>Standard output as it is, for data (JSON, exports) whose own syntax escapes what it must.</summary>
    public TextWriter Data { get; }

    public TextWriter Error { get; }

    /// <summary><c>--with-seeds</c>: the dataset files are layered on the embedded seeds.</summary>
    public bool WithSeeds { get; }

    /// <summary><c>--no-quote-check</c>: a source whose file is missing loads with its quotes unchecked (each named on standard error).</summary>
    public bool NoQuoteCheck { get; }

    /// <summary>The source files this run's load left unchecked (<c>--no-quote-check</c>), as notes said them.</summary>
    public List<string> Unchecked { get; } = [];

    /// <summary>True with <c>--json</c> or <c>--format json</c>.</summary>
    public bool Json { get; }

    /// <summary>The text format (<c>--format text|markdown|csv</c>); text unless told otherwise.</summary>
    public ReportFormat Format { get; }

    /// <summary><c>--lenient</c>: knowledge slices keep sources possibly published by the day.</summary>
    public bool Lenient { get; }

    /// <summary>The columns text wraps to: the terminal's width, or 100 when the output is not a terminal.</summary>
    public int Width => ReferenceEquals(Data, Console.Out) && !Console.IsOutputRedirected && TerminalWidth() is > 0 and var w ? w : TextWrap.DefaultWidth;

    /// <summary>The graph the command runs on: the dataset, sliced by <c>--as-of</c> / <c>--known-as-of</c>.</summary>
    public DiplomaticGraph Graph => graph.Value;

    /// <summary>The dataset before any slice.</summary>
    public DiplomaticGraph WholeGraph => whole.Value;

    /// <summary>Why the slice holds what it holds, when a slice was asked for (said when a name is not found in it).</summary>
    public string? SliceNote { get; private set; }

    /// <summary>Runs a command body, turning the library's failures into messages (or JSON errors) and exit codes.</summary>
    public static int Execute(ParseResult result, GlobalOptions options, Func<Invocation, int> body)
    {
        var run = new Invocation(result, options);
        try
        {
            return body(run);
        }
        catch (GraphFormatException e)
        {
            if (run.Json)
            {
                var rows = e.Errors.Select(ErrorRow.Of).ToList();
                WriteJson(run.Data, rows[0] with { Errors = rows.Count > 1 ? rows[1..] : null });
                return ExitCodes.InvalidInput;
            }

            foreach (var error in e.Errors)
            {
                run.Error.WriteLine(error);
            }

            return ExitCodes.InvalidInput;
        }
        catch (FormatException e)
        {
            return run.Fail(ErrorRow.Of(e.Message, ExitCodes.InvalidInput), [e.Message]);
        }
        catch (IOException e)
        {
            // AtomicFile's one-line message: the output could not be written, and the previous file is unchanged.
            run.Error.WriteLine(DisplayText.Escape(e.Message));
            return ExitCodes.InvalidInput;
        }
        catch (EntityResolutionException e)
        {
            var lines = new List<string> { e.Headline };
            lines.AddRange((e.Candidates.IsEmpty ? e.Suggestions : e.Candidates).Select(c => $"  {c.Name}  ({c.Kind}, id {c.Id})"));
            if (run.SliceNote is { } note)
            {
                lines.Add(note);
            }

            var row = ErrorRow.Of(string.Join(" ", lines[0], run.SliceNote), ExitCodes.NotFound) with
            {
                Message = e.Headline + (run.SliceNote is null ? string.Empty : " " + run.SliceNote),
                Candidates = e.Candidates.IsEmpty ? null : [.. e.Candidates.Select(EntityRow.Of)],
                Suggestions = e.Suggestions.IsEmpty ? null : [.. e.Suggestions.Select(EntityRow.Of)],
            };
            return run.Fail(row, lines);
        }
    }

    /// <summary>Reports a failure: a JSON <see cref="ErrorRow"/> on standard output with --json, else the lines on standard error.</summary>
    public int Fail(ErrorRow row, IEnumerable<string> lines)
    {
        if (Json)
        {
            WriteJson(Data, row);
        }
        else
        {
            foreach (var line in lines)
            {
                Error.WriteLine(line);
            }
        }

        return row.Exit;
    }

    /// <summary>
    /// Loads dataset files, folders and patterns into one graph, each file by its extension (the library's format
    /// registry): YAML and JSON files together, or one GraphML file; on the seeds with <c>--with-seeds</c>. What a reader
    /// had to assume or skip (plain GraphML, unchecked quotes with <c>--no-quote-check</c>) is written to standard error
    /// as a note; progress goes to the terminal when standard error is one.
    /// </summary>
    public DiplomaticGraph LoadFiles(IReadOnlyList<string> paths)
    {
        var expanded = DatasetFiles.Expand(paths);
        using var progress = TerminalProgress.For(Error, expanded.Count == 1 ? $"reading {Path.GetFileName(expanded[0])}" : $"reading {expanded.Count} files");
        var options = new GraphReaderOptions
        {
            Notes = note =>
            {
                Error.WriteLine($"note: {note}");
                if (note.StartsWith("source file ", StringComparison.Ordinal))
                {
                    Unchecked.Add(note);
                }
            },
            Progress = progress,
            RequireSourceFiles = !NoQuoteCheck,
        };
        return DiplomaticGraph.Load(expanded, WithSeeds, options);
    }

    /// <summary>The dataset files this run loads (<c>--graph</c>, folders and patterns expanded).</summary>
    public IReadOnlyList<string> Files => files.Value;

    /// <summary>The text of a source: the embedded article for the seeds, else its file next to one of the dataset files.</summary>
    public string? SourceText(Source source)
    {
        if (IsEmbedded(source))
        {
            return Seeds.SourceText(source);
        }

        return SourceFile(source) is { } path ? File.ReadAllText(path) : null;
    }

    /// <summary>Whether a source is one of the embedded seeds' (its text is inside the package, not on disk).</summary>
    public bool IsEmbedded(Source source) =>
        (Files.Count == 0 || WithSeeds) && Seeds.Load().TryGetSource(source.Id, out var seed) && seed == source;

    /// <summary>Where a source's text is on disk: its <c>file</c> beside the first dataset file that has it; null for the seeds' embedded texts.</summary>
    public string? SourceFile(Source source) =>
        source.File is { } file
            ? Files.Select(f => Path.Combine(Path.GetDirectoryName(Path.GetFullPath(f)) ?? ".", file)).FirstOrDefault(File.Exists)
            : null;

    /// <summary>Checks relation types given on the command line against the graph's vocabulary.</summary>
    /// <exception cref="FormatException">A type is not in the vocabulary (the valid ones are listed).</exception>
    public IReadOnlySet<string>? RelationTypes(string[]? types, string option = "--type")
    {
        if (types is not { Length: > 0 })
        {
            return null;
        }

        var valid = WholeGraph.RelationTypes.Select(t => t.Name).ToList();
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in types)
        {
            var match = valid.FirstOrDefault(v => v.Equals(type.Trim(), StringComparison.OrdinalIgnoreCase))
                ?? throw new FormatException(Options.Choices.Unknown(option, type, valid));
            found.Add(match);
        }

        return found;
    }

    /// <summary>Parses a day written yyyy-mm-dd.</summary>
    /// <exception cref="FormatException">The text is not such a day.</exception>
    public static DateOnly Day(string text, string what) =>
        IsoDay.TryParse(text, out var day)
            ? day
            : throw new FormatException($"{what}: '{text}' is not a day; write it yyyy-mm-dd.");

    /// <summary>A day as yyyy-mm-dd; <c>open</c> for the open end <see cref="DateOnly.MaxValue"/>.</summary>
    public static string Iso(DateOnly day) =>
        day == DateOnly.MaxValue ? "open" : IsoDay.Format(day);

    public static void WriteJson(TextWriter output, object value) => output.WriteLine(JsonConvert.SerializeObject(value, JsonSettings));

    public void WriteJson(object value) => WriteJson(Data, value);

    /// <summary>Writes a report in the chosen text format, wrapped to <see cref="Width"/>, sources as [n] footnotes.</summary>
    public int Write(Report report)
    {
        ReportWriter.Write(report, Out, Format, Width, Graph);
        return ExitCodes.Ok;
    }

    /// <summary>Writes a report whose source details come from <paramref name="graph"/> (the graph a store's server-side query ran on).</summary>
    public int Write(Report report, DiplomaticGraph graph)
    {
        ReportWriter.Write(report, Out, Format, Width, graph);
        return ExitCodes.Ok;
    }

    private static int TerminalWidth()
    {
        try
        {
            return Console.WindowWidth;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
