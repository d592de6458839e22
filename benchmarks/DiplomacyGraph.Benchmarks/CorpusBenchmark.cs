using BenchmarkDotNet.Attributes;

namespace DiplomacyGraph.Benchmarks;

/// <summary>A benchmark over the corpus graph at each size in <see cref="BenchmarkSizes.All"/>, which it lets go afterwards.</summary>
public abstract class CorpusBenchmark
{
    [ParamsSource(nameof(Sizes))]
    public int Relations { get; set; }

    public static IEnumerable<int> Sizes => BenchmarkSizes.All;

    [GlobalCleanup]
    public void Cleanup()
    {
        CleanupOwn();
        BenchmarkCorpus.Release();
    }

    /// <summary>What a benchmark made for itself (BenchmarkDotNet allows one cleanup method per class).</summary>
    protected virtual void CleanupOwn()
    {
    }
}
