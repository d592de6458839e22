using System.Text;
using System.Text.RegularExpressions;

namespace DiplomacyGraph.Formats.Yaml;

/// <summary>
/// The YAML a new article's dataset starts from (<c>dipgraph new source</c>): its source entry, filled from the article,
/// and the other sections empty, with comments saying what goes in them. It loads as it is.
/// </summary>
internal static partial class YamlSkeleton
{
    /// <summary>A source id from a file name: <c>sources/Dar in Tashkent.txt</c> gives <c>dar-in-tashkent</c>.</summary>
    public static string IdFrom(string path)
    {
        var id = NotIdCharacters().Replace(Path.GetFileNameWithoutExtension(path).ToLowerInvariant(), "-").Trim('-');
        return id.Length == 0 ? "article" : id;
    }

    /// <summary>The article's title: its first line that holds anything, trimmed (a headline, as a rule).</summary>
    public static string TitleFrom(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? string.Empty;
        return first.Length > 200 ? first[..200].TrimEnd() + "…" : first;
    }

    /// <summary>The skeleton's text.</summary>
    /// <param name="id">The source id.</param>
    /// <param name="title">The title.</param>
    /// <param name="file">The article's path relative to the YAML file, with forward slashes.</param>
    /// <param name="url">The address, or null.</param>
    /// <param name="published">When it was published, or null for unknown.</param>
    /// <param name="name">What the YAML file will be called, for the comment saying how to check it.</param>
    public static string Write(string id, string title, string file, string? url, string? published, string name = "THIS-FILE.yaml")
    {
        var yaml = new StringBuilder();
        yaml.AppendLine("# A dataset for one article (docs/yaml-format.md). Every quote must be copied from the article,");
        yaml.AppendLine($"# character for character: `dipgraph cite {file} \"a few words\" --id {id}` prints a ready citation.");
        yaml.AppendLine($"# Check it with `dipgraph validate --with-seeds {name}` (--with-seeds: refer to the seeds' ids, ishaq-dar, kabul…).");
        yaml.AppendLine("version: 1");
        yaml.AppendLine();
        yaml.AppendLine("sources:");
        yaml.AppendLine($"  - id: {id}");
        yaml.AppendLine($"    title: {YamlScalar.Quote(title)}   # from the article's first line: edit as needed");
        yaml.AppendLine($"    file: {YamlScalar.Quote(file)}");
        yaml.AppendLine(url is null ? "    # url: https://…                 # where it was published, if known" : $"    url: {YamlScalar.Quote(url)}");
        yaml.AppendLine(published is null ? "    # published: 2025-06-03          # only what the article or page states; unknown when omitted" : $"    published: {YamlScalar.Quote(published)}");
        yaml.AppendLine("    # outlet: …, author: …, language: en");
        yaml.AppendLine();
        yaml.AppendLine("# People, countries, organizations, places, meetings and statements the article names. A meeting needs");
        yaml.AppendLine("# time, status and a citation; a statement needs act, speech, time and its words as citations.");
        yaml.AppendLine("# Replace [] by a list like the commented one below.");
        yaml.AppendLine("entities: []");
        yaml.AppendLine("#  - id: dar-tashkent-visit");
        yaml.AppendLine("#    kind: Meeting");
        yaml.AppendLine("#    name: Dar’s visit to Tashkent");
        yaml.AppendLine("#    time: 2025-06");
        yaml.AppendLine("#    status: Held");
        yaml.AppendLine($"#    citations: [{{ source: {id}, quote: \"…\" }}]");
        yaml.AppendLine();
        yaml.AppendLine("# Who attended, where it was held, who said what: every relation cites at least one quote.");
        yaml.AppendLine("relations: []");
        yaml.AppendLine("#  - id: dar-attended-tashkent-visit");
        yaml.AppendLine("#    type: attended");
        yaml.AppendLine("#    from: ishaq-dar");
        yaml.AppendLine("#    to: dar-tashkent-visit");
        yaml.AppendLine("#    role: guest");
        yaml.AppendLine($"#    citations: [{{ source: {id}, quote: \"…\" }}]");
        return yaml.ToString();
    }

    [GeneratedRegex("[^a-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex NotIdCharacters();
}
