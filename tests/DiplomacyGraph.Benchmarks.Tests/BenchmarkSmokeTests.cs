using System.Collections;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using DiplomacyGraph.Benchmarks;

namespace DiplomacyGraph.Tests.Benchmarks;

/// <summary>
/// Runs every BenchmarkDotNet method once at the smallest size, without the harness and without timing, so that the
/// benchmark suite keeps compiling and working as the library changes. (Speed is measured in benchmarks/, never here.)
/// </summary>
public class BenchmarkSmokeTests
{
    public static TheoryData<string, string> Methods()
    {
        var data = new TheoryData<string, string>();
        foreach (var type in typeof(BenchmarkCorpus).Assembly.GetTypes().Where(t => t.IsClass && !t.IsAbstract).OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            foreach (var method in type.GetMethods().Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null).OrderBy(m => m.Name, StringComparer.Ordinal))
            {
                data.Add(type.Name, method.Name);
            }
        }

        return data;
    }

    [Fact]
    public void The_suite_has_the_benchmarks_the_issue_asks_for()
    {
        var names = Methods().Select(row => $"{row[0]}.{row[1]}").ToHashSet();

        Assert.Subset(names, new HashSet<string>
        {
            "BuildBenchmarks.Build", "BuildBenchmarks.Generate", "LoadBenchmarks.LoadJson", "YamlLoadBenchmarks.LoadYaml",
            "PathBenchmarks.RawQuikGraph", "PathBenchmarks.ShortestPath", "PathBenchmarks.EarliestArrival", "QueryBenchmarks.History",
            "QueryBenchmarks.Timeline", "QueryBenchmarks.RelationsBetween", "SliceBenchmarks.AsOf", "FormatBenchmarks.WriteGraphML",
            "FormatBenchmarks.WriteGexf", "FormatBenchmarks.ReadGraphML",
        });
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void Each_benchmark_runs_once_at_the_smallest_size_and_returns_a_result(string typeName, string methodName)
    {
        var type = typeof(BenchmarkCorpus).Assembly.GetTypes().Single(t => t.Name == typeName);
        var instance = Activator.CreateInstance(type)!;
        foreach (var parameter in type.GetProperties().Where(p => p.GetCustomAttribute<ParamsSourceAttribute>() is not null))
        {
            var sizes = (IEnumerable<int>)parameter.DeclaringType!.GetProperty(parameter.GetCustomAttribute<ParamsSourceAttribute>()!.Name)!.GetValue(null)!;
            parameter.SetValue(instance, sizes.Min());
        }

        Invoke<GlobalSetupAttribute>(type, instance);
        try
        {
            var result = type.GetMethod(methodName)!.Invoke(instance, null);

            Assert.NotNull(result);
            if (result is IEnumerable sequence)
            {
                Assert.NotEmpty(sequence);
            }
        }
        finally
        {
            Invoke<GlobalCleanupAttribute>(type, instance);
        }
    }

    [Fact]
    public void The_quikgraph_baseline_finds_paths_of_the_same_length_as_the_entity_graph()
    {
        // Two instances, so that both walk the same sequence of random pairs.
        var baseline = new PathBenchmarks { Relations = 10_000 };
        var ours = new PathBenchmarks { Relations = 10_000 };
        baseline.Setup();
        ours.Setup();
        try
        {
            var lengths = Enumerable.Range(0, 20).Select(_ => (Baseline: baseline.RawQuikGraph(), Ours: ours.AsQuikGraph())).ToList();

            Assert.All(lengths, l => Assert.Equal(l.Baseline, l.Ours));
            Assert.Contains(lengths, l => l.Baseline > 1);
        }
        finally
        {
            baseline.Cleanup();
        }
    }

    private static void Invoke<TAttribute>(Type type, object instance)
        where TAttribute : Attribute
    {
        foreach (var method in type.GetMethods().Where(m => m.GetCustomAttribute<TAttribute>() is not null))
        {
            method.Invoke(instance, null);
        }
    }
}
