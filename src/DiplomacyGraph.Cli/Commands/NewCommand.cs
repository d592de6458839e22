using System.CommandLine;
using System.Text.RegularExpressions;
using DiplomacyGraph.Cli.Options;
using DiplomacyGraph.Cli.Output;
using DiplomacyGraph.Formats;
using DiplomacyGraph.Formats.Yaml;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Cli.Commands;

/// <summary>
/// <c>dipgraph new source ARTICLE.txt [--id] [--title] [--url] [--published] [--out FILE]</c>: the YAML a new article's
/// dataset starts from: its source entry (the title from the article's first line) and empty sections with comments.
/// Printed, or written to a new file (never over an existing one).
/// </summary>
internal static partial class NewCommand
{
    public static Command Create(GlobalOptions options)
    {
        var article = new Argument<string>("article") { Description = "The article's text file (UTF-8), beside or below where the YAML goes (sources/…)." };
        var id = new Option<string?>("--id") { Description = "The source id (kebab-case); default: from the file name." };
        var title = new Option<string?>("--title") { Description = "The title; default: the article's first line." };
        var url = new Option<string?>("--url") { Description = "Where it was published (http or https)." };
        var published = new Option<string?>("--published") { Description = "When it was published: 2025-06-03, 2025-06, after 2025-05-20…" };
        var output = new Option<string?>("--out") { Description = "Write the YAML to this new file (its folder is where 'file:' is relative to) instead of printing it." };
        var source = new Command("source", "Start a dataset for an article: its source entry and empty sections, with comments.") { article, id, title, url, published, output };
        source.RefusesSlices(options, "it writes a new dataset file.");
        source.SetAction(result => Invocation.Execute(result, options, run => Run(
            run, result.GetValue(article)!, result.GetValue(id), result.GetValue(title), result.GetValue(url), result.GetValue(published), result.GetValue(output))));
        return new Command("new", "Start new dataset files.") { source };
    }

    private static int Run(Invocation run, string article, string? id, string? title, string? url, string? published, string? output)
    {
        if (!File.Exists(article))
        {
            throw new FormatException($"{article}: there is no such file; give the article's text file (sources/….txt).");
        }

        var folder = Path.GetFullPath(output is null ? "." : Path.GetDirectoryName(Path.GetFullPath(output)) ?? ".");
        var file = Path.GetRelativePath(folder, Path.GetFullPath(article)).Replace('\\', '/');
        if (file.StartsWith("../", StringComparison.Ordinal) || file == ".." || Path.IsPathRooted(file))
        {
            throw new FormatException($"{article}: the article must be beside or below the YAML file's folder ({folder}), or its quotes cannot be checked; move it to sources/ there.");
        }

        id ??= YamlSkeleton.IdFrom(article);
        if (!KebabCase().IsMatch(id))
        {
            throw new FormatException($"--id: '{id}' is not kebab-case (lower-case letters, digits and single hyphens).");
        }

        if (published is not null && !DateRange.TryParse(published, out _, out var dateError))
        {
            throw new FormatException($"--published: {dateError}");
        }

        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var address) && address.Scheme is "http" or "https"))
        {
            throw new FormatException($"--url: '{url}' is not an absolute http or https address.");
        }

        title ??= YamlSkeleton.TitleFrom(File.ReadAllText(article));
        if (title.Length == 0)
        {
            throw new FormatException($"{article}: the article is empty, so it has no first line to take the title from; give --title.");
        }

        var yaml = output is null ? YamlSkeleton.Write(id, title, file, url, published) : YamlSkeleton.Write(id, title, file, url, published, output);
        if (output is not null)
        {
            if (File.Exists(output) || Directory.Exists(output))
            {
                throw new FormatException($"--out: '{output}' exists; it is left as it is. Choose a new file name.");
            }

            AtomicFile.Write(output, writer => writer.Write(yaml));
        }

        if (run.Json)
        {
            run.WriteJson(new NewSourceOutput(id, title, file, url, published, output, yaml));
        }
        else if (output is null)
        {
            run.Data.Write(yaml);
        }
        else
        {
            run.Out.WriteLine($"wrote {output}: source '{id}' (file: {file}); next: dipgraph cite {file} \"a few words\" --id {id}");
        }

        return ExitCodes.Ok;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*\\z", RegexOptions.CultureInvariant)]
    private static partial Regex KebabCase();

    /// <summary>The <c>new source --json</c> answer: the source entry, where it was written (null: printed only) and the YAML.</summary>
    internal sealed record NewSourceOutput(string Id, string Title, string File, string? Url, string? Published, string? Written, string Yaml);
}
