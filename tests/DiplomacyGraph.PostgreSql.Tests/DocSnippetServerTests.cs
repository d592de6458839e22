using DiplomacyGraph.Tests.Docs;
using DiplomacyGraph.Tests.Packaging;

namespace DiplomacyGraph.PostgreSql.Tests;

/// <summary>
/// The C# snippets of the pages that talk to a server (docs/postgresql.md) compile and run against a fresh database of
/// the test server, from a folder holding the seed files the page names, and leave the store holding what they pushed.
/// </summary>
[Collection(DocSnippetServerCollection.Name)]
public sealed class DocSnippetServerTests
{
    public static TheoryData<string> Pages() => [.. DocSnippets.ServerPages];

    [DatabaseTheory]
    [MemberData(nameof(Pages))]
    public async Task The_csharp_snippets_of_the_page_run_against_a_real_server(string page)
    {
        await using var db = await TestDatabase.CreateAsync(migrate: false);
        var directory = Directory.CreateTempSubdirectory("dipgraph-pg-snippets-");
        var previous = Environment.GetEnvironmentVariable("DIPGRAPH_DB");
        try
        {
            CopyFolder(Path.Combine(RepositoryRoot.Path, "seeds"), Path.Combine(directory.FullName, "seeds"));
            Environment.SetEnvironmentVariable("DIPGRAPH_DB", db.ConnectionString);

            var (errors, _) = DocSnippets.Run(page, directory.FullName);

            Assert.True(errors.Count == 0, $"{page} does not compile:\n{string.Join('\n', errors)}\n---\n{DocSnippets.Program(page)}");
            var seeds = TestData.SeedGraph;
            Assert.Equal(new StoreCounts(seeds.Entities.Length, seeds.Relations.Length, seeds.Sources.Length), await db.Store.CountAsync());
        }
        finally
        {
            Environment.SetEnvironmentVariable("DIPGRAPH_DB", previous);
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_postgresql_page_is_among_the_server_pages_and_has_snippets()
    {
        var page = Path.Combine("docs", "postgresql.md");
        Assert.Contains(page, DocSnippets.ServerPages);
        Assert.NotEmpty(DocSnippets.Blocks(page));
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.GetDirectories(from))
        {
            CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }
}

/// <summary>The snippet runs redirect the process's console and set DIPGRAPH_DB; they run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DocSnippetServerCollection
{
    public const string Name = "doc snippets on a server";
}
