using System.Collections.Immutable;
using System.Text.RegularExpressions;

// Not DiplomacyGraph.Tests.Seeds: a namespace of that name would hide the Seeds class from the other tests.
namespace DiplomacyGraph.Tests.Dataset;

/// <summary>
/// The coverage list of docs/dataset.md, parsed: one section per article (<c>### 000 `source-id`</c>), one table row per
/// sentence (<c>| sentence | who / what | modelled by |</c>), the ids being the code spans of the last column.
/// </summary>
internal sealed partial record CoverageList(ImmutableArray<CoverageSection> Sections)
{
    private const string Heading = "## Coverage list";

    public static string DocumentPath { get; } = Path.Combine(Path.GetDirectoryName(SeedFiles.Directory)!, "docs", "dataset.md");

    public static CoverageList Load() => Parse(File.ReadAllText(DocumentPath));

    /// <summary>Parses the list; throws on a malformed row so that a typo cannot silently drop a sentence.</summary>
    public static CoverageList Parse(string markdown)
    {
        var start = markdown.IndexOf(Heading, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new FormatException($"no '{Heading}' section");
        }

        var end = markdown.IndexOf("\n## ", start + Heading.Length, StringComparison.Ordinal);
        var text = end < 0 ? markdown[start..] : markdown[start..end];
        var sections = new List<CoverageSection>();
        (string Number, string SourceId, List<CoverageRow> Rows)? current = null;
        var lineNumber = 0;
        foreach (var line in text.Split('\n').Select(l => l.TrimEnd('\r')))
        {
            lineNumber++;
            if (SectionHeading().Match(line) is { Success: true } heading)
            {
                Close();
                current = (heading.Groups[1].Value, heading.Groups[2].Value, []);
            }
            else if (line.StartsWith('|') && current is { } section && !line.StartsWith("| sentence |", StringComparison.Ordinal) && !line.StartsWith("| ---", StringComparison.Ordinal))
            {
                var cells = line.Trim().Trim('|').Split(" | ").Select(c => c.Trim()).ToArray();
                if (cells.Length != 3)
                {
                    throw new FormatException($"coverage list line {lineNumber}: {cells.Length} cells, expected 3: {line}");
                }

                var ids = CodeSpan().Matches(cells[2]).Select(m => m.Groups[1].Value).ToImmutableArray();
                var leftOut = cells[2].StartsWith("left out:", StringComparison.Ordinal);
                if (ids.IsEmpty && !leftOut)
                {
                    throw new FormatException($"coverage list line {lineNumber}: neither an id nor 'left out:': {line}");
                }

                section.Rows.Add(new CoverageRow(cells[0], cells[1], ids, leftOut));
            }
        }

        Close();
        return new CoverageList([.. sections]);

        void Close()
        {
            if (current is { } done)
            {
                sections.Add(new CoverageSection(done.Number, done.SourceId, [.. done.Rows]));
            }
        }
    }

    [GeneratedRegex(@"^### (\d{3}) `([^`]+)`$")]
    private static partial Regex SectionHeading();

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex CodeSpan();
}

/// <summary>One article's part of the list.</summary>
internal sealed record CoverageSection(string Number, string SourceId, ImmutableArray<CoverageRow> Rows);

/// <summary>One sentence (verbatim from the article), who says it or what happens, and the ids that model it.</summary>
internal sealed record CoverageRow(string Sentence, string What, ImmutableArray<string> Ids, bool LeftOut);
