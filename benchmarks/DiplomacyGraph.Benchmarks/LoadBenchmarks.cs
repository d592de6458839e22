using BenchmarkDotNet.Attributes;
using DiplomacyGraph.Formats.Json;

namespace DiplomacyGraph.Benchmarks;

/// <summary>Loading a whole file: parse, map, validate, index.</summary>
[MemoryDiagnoser]
public class LoadBenchmarks
{
    private string json = string.Empty;

    [Params(10_000, 100_000, 1_000_000)]
    public int Relations { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        json = BenchmarkCorpus.JsonFile(Relations);
        BenchmarkCorpus.Release();
    }

    [Benchmark]
    public DiplomaticGraph LoadJson() => JsonGraphReader.Load(json);
}
