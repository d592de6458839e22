using BenchmarkDotNet.Attributes;

namespace DiplomacyGraph.Benchmarks;

/// <summary>Loading a whole file: parse, map, validate, index.</summary>
[MemoryDiagnoser]
public class LoadBenchmarks
{
    private string json = string.Empty;

    [ParamsSource(nameof(Sizes))]
    public int Relations { get; set; }

    public static IEnumerable<int> Sizes => BenchmarkSizes.All;

    [GlobalSetup]
    public void Setup()
    {
        json = BenchmarkCorpus.JsonFile(Relations);
        BenchmarkCorpus.Release();
    }

    [Benchmark]
    public DiplomaticGraph LoadJson() => DiplomaticGraph.Load(json);
}
