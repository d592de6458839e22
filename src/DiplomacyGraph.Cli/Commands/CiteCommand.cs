using System.CommandLine;
using DiplomacyGraph.Cli.Options;
using DiplomacyGraph.Cli.Output;
using DiplomacyGraph.Formats.Yaml;
using DiplomacyGraph.Queries;

namespace DiplomacyGraph.Cli.Commands;

/// <summary>
/// <c>dipgraph cite SOURCE "fragment"</c>: finds the fragment in a source's text (quote marks, dashes, white space and
/// case need not match) and prints the text's exact words as a ready-to-paste citation with their line:col. SOURCE is a
/// source id of the loaded graph, or a text file (then the citation's source id is <c>--id</c>, else one made from its name).
/// </summary>
internal static class CiteCommand
{
    public static Command Create(GlobalOptions options)
    {
        var source = new Argument<string>("source") { Description = "A source id of the loaded graph (--graph, the seeds by default), or an article's text file." };
        var fragment = new Argument<string[]>("fragment") { Description = "The words to find, as you would type them: ' for ’, - for —, any spacing.", Arity = ArgumentArity.OneOrMore };
        var id = new Option<string?>("--id") { Description = "With a text file: the source id the citation names (default: from the file name, as `new source` makes it)." };
        var command = new Command("cite", "Find words in a source's text and print the exact quote as a citation, with line:col.") { source, fragment, id };
        command.RefusesSlices(options, "it reads a source's text, which has no time.");
        command.SetAction(result => Invocation.Execute(result, options, run =>
            Run(run, result.GetValue(source)!, string.Join(' ', result.GetValue(fragment)!), result.GetValue(id))));
        return command;
    }

    private static int Run(Invocation run, string source, string fragment, string? id)
    {
        var (sourceId, where, text) = Text(run, source, id);
        if (text is null)
        {
            return ExitCodes.NotFound;
        }

        var matches = QuoteFinder.Find(text, fragment);
        if (run.Json)
        {
            run.WriteJson(new CiteOutput(sourceId, where, fragment, [.. matches.Select(m => new CiteRow(m.Quote, m.Line, m.Column, m.Offset, YamlScalar.Citation(sourceId, m.Quote)))]));
            return matches.IsEmpty ? ExitCodes.NotFound : ExitCodes.Ok;
        }

        if (matches.IsEmpty)
        {
            run.Error.WriteLine($"'{fragment}' is not in {where} (quote marks, dashes, spacing and case were ignored); try fewer words, or dipgraph search.");
            return ExitCodes.NotFound;
        }

        if (matches.Length > 1)
        {
            run.Out.WriteLine($"{matches.Length} matches in {where}; add words to pick one:");
        }

        foreach (var m in matches)
        {
            run.Out.WriteLine($"{where}:{m.Line}:{m.Column}");
            run.Out.WriteLine($"  {YamlScalar.Citation(sourceId, m.Quote)}");
        }

        return ExitCodes.Ok;
    }

    /// <summary>The source's id, how to name it, and its text; null text after reporting why there is none.</summary>
    private static (string Id, string Where, string? Text) Text(Invocation run, string source, string? id)
    {
        if (File.Exists(source))
        {
            return (id ?? YamlSkeleton.IdFrom(source), source, File.ReadAllText(source));
        }

        if (run.WholeGraph.TryGetSource(source, out var found))
        {
            if (run.SourceText(found) is { } text)
            {
                return (found.Id, found.File ?? found.Id, text);
            }

            run.Fail(ErrorRow.Of($"Source '{found.Id}' has no text to search: {(found.File is null ? "it names no file" : $"its file '{found.File}' is not there")}.", ExitCodes.NotFound), [$"Source '{found.Id}' has no text to search: {(found.File is null ? "it names no file" : $"its file '{found.File}' is not there")}."]);
            return (found.Id, found.Id, null);
        }

        var known = string.Join(", ", run.WholeGraph.Sources.Select(s => s.Id));
        var message = $"'{source}' is neither a file nor a source id of the graph; its sources: {known}.";
        run.Fail(ErrorRow.Of(message, ExitCodes.NotFound), [message]);
        return (source, source, null);
    }

    internal sealed record CiteOutput(string Source, string Text, string Fragment, IReadOnlyList<CiteRow> Matches);

    /// <summary>One match: the verbatim quote, where it starts (line, column from 1; offset from 0) and the YAML citation.</summary>
    internal sealed record CiteRow(string Quote, int Line, int Column, int Offset, string Citation);
}
