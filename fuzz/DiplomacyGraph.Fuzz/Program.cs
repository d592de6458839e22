using DiplomacyGraph.Fuzz;
using SharpFuzz;

// Usage: DiplomacyGraph.Fuzz TARGET < INPUT   (under afl-fuzz: every input; alone: one input, e.g. a saved crash)
//        DiplomacyGraph.Fuzz corpus TARGET OUTDIR DATASET…   (writes TARGET's initial corpus; run before instrumenting)
// Once DiplomacyGraph.dll is instrumented, none of its code may run before Fuzzer.Run sets up the coverage map.
if (args is ["corpus", var format, var outDir, .. var datasets])
{
    InitialCorpus.Write(format, outDir, datasets);
    return 0;
}

if (args.Length != 1 || !FuzzTargets.All.TryGetValue(args[0], out var target))
{
    Console.Error.WriteLine($"usage: DiplomacyGraph.Fuzz {string.Join('|', FuzzTargets.All.Keys)} < INPUT");
    return 64;
}

using var workspace = new FuzzWorkspace();
Fuzzer.Run(stream =>
{
    using var memory = new MemoryStream();
    stream.CopyTo(memory);
    target(workspace, memory.ToArray());
});
return 0;
