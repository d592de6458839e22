using BenchmarkDotNet.Attributes;

namespace DiplomacyGraph.Benchmarks;

/// <summary>Loading YAML, the authoring format: slower per relation than JSON, so measured up to 100k relations.</summary>
[MemoryDiagnoser]
public class YamlLoadBenchmarks
{
    private string yaml = string.Empty;

    [ParamsSource(nameof(Sizes))]
    public int Relations { get; set; }

    public static IEnumerable<int> Sizes => BenchmarkSizes.UpTo100K;

    [GlobalSetup]
    public void Setup()
    {
        yaml = BenchmarkCorpus.YamlFile(Relations);
        BenchmarkCorpus.Release();
    }

    [Benchmark]
    public DiplomaticGraph LoadYaml() => DiplomaticGraph.Load(yaml);
}
