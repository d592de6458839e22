using DiplomacyGraph.Tests.Packaging;

namespace DiplomacyGraph.Tests.Docs;

/// <summary>Every C# snippet in README.md and docs/ compiles against the library and runs; the README example prints names, not ids.</summary>
[Collection(DocSnippetCollection.Name)]
public class DocSnippetTests
{
    public static TheoryData<string> Pages() => [.. DocSnippets.Pages()];

    [Theory]
    [MemberData(nameof(Pages))]
    public void The_csharp_snippets_of_the_page_compile_and_run(string page)
    {
        var directory = Directory.CreateTempSubdirectory("dipgraph-snippets-");
        try
        {
            File.Copy(Fixture.Path("every-field.yaml"), Path.Combine(directory.FullName, "dataset.yaml"));
            Directory.CreateDirectory(Path.Combine(directory.FullName, "sources"));
            foreach (var file in Directory.GetFiles(Fixture.Path("sources")))
            {
                File.Copy(file, Path.Combine(directory.FullName, "sources", Path.GetFileName(file)));
            }

            using (var json = File.CreateText(Path.Combine(directory.FullName, "graph.json")))
            {
                DiplomacyGraph.Formats.Json.JsonGraphWriter.Write(DiplomacyGraph.Formats.Yaml.YamlGraphReader.Load(Path.Combine(directory.FullName, "dataset.yaml")), json);
            }

            var (errors, _) = DocSnippets.Run(page, directory.FullName);

            Assert.True(errors.Count == 0, $"{page} does not compile:\n{string.Join('\n', errors)}\n---\n{DocSnippets.Program(page)}");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void Every_page_with_csharp_is_checked_and_the_readme_is_among_them()
    {
        Assert.Contains("README.md", DocSnippets.Pages());
        Assert.Contains(Path.Combine("docs", "queries.md"), DocSnippets.Pages());
    }

    [Fact]
    public void The_readme_example_prints_names_not_ids()
    {
        var (errors, output) = DocSnippets.Run("README.md", RepositoryRoot.Path);

        Assert.Empty(errors);
        Assert.Contains("Amir Khan Muttaqi", output, StringComparison.Ordinal);
        Assert.DoesNotContain("amir-khan-muttaqi", output, StringComparison.Ordinal);
        Assert.DoesNotContain("sadiq-muttaqi-meeting", output, StringComparison.Ordinal);
    }
}

/// <summary>The snippet runs redirect the process's console; they run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DocSnippetCollection
{
    public const string Name = "doc snippets";
}
