using DiplomacyGraph.Model;

// Not DiplomacyGraph.Tests.Seeds: a namespace of that name would hide the Seeds class from the other tests.
namespace DiplomacyGraph.Tests.Dataset;

/// <summary>The coverage list in docs/dataset.md against the dataset: ids exist, cite their article, and nothing is missing.</summary>
[Collection(SeedsGraphCollection.Name)]
public sealed class SeedsCoverageListTests(SeedsGraphFixture seeds)
{
    private readonly CoverageList list = CoverageList.Load();

    [Fact]
    public void The_list_has_one_section_per_article_in_file_order_each_naming_its_source()
    {
        var expected = seeds.Graph.Sources.OrderBy(s => Path.GetFileName(s.File), StringComparer.Ordinal)
            .Select(s => (Path.GetFileName(s.File!)[..3], s.Id));
        Assert.Equal(expected, list.Sections.Select(s => (s.Number, s.SourceId)));
    }

    [Fact]
    public void Every_sentence_is_copied_verbatim_from_its_article()
    {
        var missing = list.Sections.SelectMany(s => s.Rows.Where(r => !ArticleText(s.SourceId).Contains(r.Sentence, StringComparison.Ordinal))
            .Select(r => $"{s.Number}: {r.Sentence}"));
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_listed_id_exists_and_cites_the_article_it_is_listed_under()
    {
        var problems = new List<string>();
        foreach (var section in list.Sections)
        {
            foreach (var id in section.Rows.SelectMany(r => r.Ids).Distinct(StringComparer.Ordinal))
            {
                if (seeds.Graph.Sources.Any(s => s.Id == id))
                {
                    if (id != section.SourceId)
                    {
                        problems.Add($"{section.Number}: source '{id}' is another article's");
                    }
                }
                else if (CitedSources(id) is not { } cited)
                {
                    problems.Add($"{section.Number}: '{id}' is no entity, relation or source");
                }
                else if (!cited.Contains(section.SourceId))
                {
                    problems.Add($"{section.Number}: '{id}' does not cite {section.SourceId} (cites {string.Join(", ", cited)})");
                }
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void Every_statement_and_meeting_is_listed_under_each_article_it_cites()
    {
        var listed = list.Sections.ToDictionary(s => s.SourceId, s => s.Rows.SelectMany(r => r.Ids).ToHashSet(StringComparer.Ordinal));
        var missing = seeds.Graph.Entities
            .Where(e => e.Kind is EntityKind.Statement or EntityKind.Meeting)
            .SelectMany(e => CitedSources(e.Id)!.Where(source => !listed[source].Contains(e.Id)).Select(source => $"{e.Id} is not listed under {source}"));
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_row_names_an_id_or_says_why_it_is_left_out_and_every_article_has_statements()
    {
        Assert.All(list.Sections, s =>
        {
            Assert.All(s.Rows, r => Assert.True(r.LeftOut || !r.Ids.IsEmpty, r.Sentence));
            Assert.Contains(s.Rows, r => r.Ids.Any(id => seeds.Graph.TryGetEntity(id, out var e) && e.Kind == EntityKind.Statement));
        });
        Assert.True(list.Sections.Sum(s => s.Rows.Count(r => r.LeftOut)) >= 15, "the article-voice sentences are listed as left out");
        Assert.True(list.Sections.Sum(s => s.Rows.Length) >= 80, $"only {list.Sections.Sum(s => s.Rows.Length)} rows");
    }

    [Fact]
    public void A_row_without_an_id_or_a_reason_is_rejected_with_its_line()
    {
        const string markdown = "## Coverage list\n\n### 000 `a`\n\n| sentence | who / what | modelled by |\n| --- | --- | --- |\n| Some words | article | nothing here |\n";
        var error = Assert.Throws<FormatException>(() => CoverageList.Parse(markdown));
        Assert.Contains("line 7", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_parse_into_their_sentence_and_ids()
    {
        const string markdown = "## Coverage list\n\n### 003 `src`\n\n| sentence | who / what | modelled by |\n| --- | --- | --- |\n| A said B. | A | `st-1`, `rel-2` (marked) |\n| C thinks. | article | left out: analysis |\n\n## Next\n| x | y | z |\n";
        var section = Assert.Single(CoverageList.Parse(markdown).Sections);
        Assert.Equal(("003", "src"), (section.Number, section.SourceId));
        Assert.Equal(new[] { "st-1", "rel-2" }, section.Rows[0].Ids.AsEnumerable());
        Assert.Equal("A said B.", section.Rows[0].Sentence);
        Assert.True(section.Rows[1].LeftOut);
        Assert.Equal(2, section.Rows.Length);
    }

    private string ArticleText(string sourceId) =>
        File.ReadAllText(Path.Combine(SeedFiles.Directory, seeds.Graph.GetSource(sourceId).File!));

    /// <summary>The sources an entity (with its status reports) or a relation cites; null when no such id.</summary>
    private HashSet<string>? CitedSources(string id)
    {
        IEnumerable<Citation>? citations = seeds.Graph.TryGetEntity(id, out var entity)
            ? entity.Citations.Concat(entity.Meeting?.Statuses.SelectMany(s => s.Citations) ?? [])
            : seeds.Graph.Relations.FirstOrDefault(r => r.Id == id)?.Citations;
        return citations?.Select(c => c.SourceId).ToHashSet(StringComparer.Ordinal);
    }
}
