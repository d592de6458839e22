using System.IO.Compression;
using System.Text.Json;
using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;

namespace DiplomacyGraph.Tests.Packaging;

/// <summary>The packages as users get them: an app restores the library, and the tool installs, from packed .nupkg files only.</summary>
[Collection(PackingCollection.Name)]
public sealed class PackageConsumerTests(PackedConsumer packed) : IClassFixture<PackedConsumer>
{

    [Fact]
    public void Pack_produces_the_library_testing_and_tool_packages_with_symbols()
    {
        var files = Directory.GetFiles(packed.Packages).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(
            [
                $"DiplomacyGraph.{PackedConsumer.Version}.nupkg", $"DiplomacyGraph.{PackedConsumer.Version}.snupkg",
                $"DiplomacyGraph.Cli.{PackedConsumer.Version}.nupkg", $"DiplomacyGraph.Cli.{PackedConsumer.Version}.snupkg",
                $"DiplomacyGraph.Testing.{PackedConsumer.Version}.nupkg", $"DiplomacyGraph.Testing.{PackedConsumer.Version}.snupkg",
            ],
            files);
    }

    [Fact]
    public void The_synthetic_generator_ships_in_DiplomacyGraph_Testing_and_not_in_the_library_package()
    {
        using var library = ZipFile.OpenRead(Path.Combine(packed.Packages, $"DiplomacyGraph.{PackedConsumer.Version}.nupkg"));
        using var testing = ZipFile.OpenRead(Path.Combine(packed.Packages, $"DiplomacyGraph.Testing.{PackedConsumer.Version}.nupkg"));

        Assert.DoesNotContain(library.Entries, e => e.FullName.Contains("Testing", StringComparison.Ordinal));
        var contents = testing.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("lib/net8.0/DiplomacyGraph.Testing.dll", contents);
        Assert.Contains("lib/net10.0/DiplomacyGraph.Testing.dll", contents);
        Assert.Contains("README.md", contents);
        using var nuspec = new StreamReader(testing.GetEntry("DiplomacyGraph.Testing.nuspec")!.Open());
        var manifest = nuspec.ReadToEnd();
        Assert.Contains($"<dependency id=\"DiplomacyGraph\" version=\"{PackedConsumer.Version}\"", manifest, StringComparison.Ordinal);
        Assert.Contains("<readme>README.md</readme>", manifest, StringComparison.Ordinal);
    }

    [Fact]
    public void An_app_restoring_the_package_loads_the_embedded_seeds_and_prints_a_history_with_quotes_in_time_order()
    {
        packed.Dotnet(packed.App, "build", "--configuration", "Release", "--output", "out", $"-p:DiplomacyGraphVersion={PackedConsumer.Version}", "-nodeReuse:false");
        Assert.True(Directory.Exists(Path.Combine(packed.Root, "nuget-packages", "diplomacygraph", PackedConsumer.Version)), "the package was not restored into the isolated cache");

        var output = packed.Dotnet(packed.App, Path.Combine("out", "DiplomacyGraph.Consumer.dll"), "Pakistan", "Afghanistan");

        var graph = Seeds.Load();
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal($"Pakistan and Afghanistan: {graph.Entities.Length} entities, {graph.Relations.Length} relations in the embedded seeds", lines[0]);
        var rows = lines[1..].Select(l => l.Split('\t')).ToList();
        var expected = graph.History("pakistan", "afghanistan")
            .SelectMany(r => r.Citations.Select(c => new[] { r.Time.ToString(), r.Type, r.Party.Name, r.OtherParty.Name, c.Quote ?? string.Empty, c.SourceTitle }))
            .ToList();
        Assert.True(expected.Count >= 5, $"the history is too short to show an order: {expected.Count} rows");
        Assert.Equal(expected, rows);
        Assert.Contains(rows, r => r[4].Contains("Ambassador Sadiq met with Afghanistan’s Acting Foreign Minister, Amir Khan Muttaqi, on March 22", StringComparison.Ordinal));
        // Dated rows in time order, then the undated ones.
        var times = rows.Select(r => DateRange.Parse(r[0])).ToList();
        var dated = times.TakeWhile(t => !t.IsUnknown).ToList();
        Assert.All(times.Skip(dated.Count), t => Assert.True(t.IsUnknown, $"a dated row after an undated one:\n{output}"));
        Assert.NotEmpty(times.Skip(dated.Count));
        Assert.All(dated.Zip(dated.Skip(1)), pair => Assert.NotEqual(TimeOrder.After, pair.First.CompareTo(pair.Second)));
        Assert.True(dated.Select(t => t.Earliest).SequenceEqual(dated.Select(t => t.Earliest).Order()), $"dates out of order:\n{output}");
    }

    [Fact]
    public void The_tool_installs_from_the_packages_and_its_stats_match_the_embedded_seeds()
    {
        var tools = Path.Combine(packed.Root, "tools");
        packed.Dotnet(packed.App, "tool", "install", "DiplomacyGraph.Cli", "--version", PackedConsumer.Version, "--tool-path", tools, "--configfile", Path.Combine(packed.App, "nuget.config"));

        var output = ExternalProcess.Run(Path.Combine(tools, "dipgraph"), ["stats", "--json"], packed.Root);

        var stats = JsonDocument.Parse(output).RootElement;
        var graph = Seeds.Load();
        Assert.Equal(graph.Entities.Length, stats.GetProperty("entities").GetInt32());
        Assert.Equal(graph.Relations.Length, stats.GetProperty("relations").GetInt32());
        Assert.Equal(graph.Sources.Length, stats.GetProperty("sources").GetInt32());
        foreach (var kind in Enum.GetValues<EntityKind>())
        {
            Assert.Equal(graph.EntitiesOfKind(kind).Length, stats.GetProperty("entitiesByKind").GetProperty(kind.ToString()).GetInt32());
        }

        foreach (var group in graph.Relations.GroupBy(r => r.Type))
        {
            Assert.Equal(group.Count(), stats.GetProperty("relationsByType").GetProperty(group.Key).GetInt32());
        }
    }
}
