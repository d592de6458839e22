namespace DiplomacyGraph.Fuzz;

/// <summary>
/// A private folder holding the current input and a copy of the seeds dataset's articles under <c>sources/</c>, so
/// inputs that cite them have their quotes checked as a real dataset would. The articles come from the
/// build output (not <see cref="Seeds"/>): instrumented library code must not run before the fuzzer starts.
/// </summary>
internal sealed class FuzzWorkspace : IDisposable
{
    private readonly string root;

    public FuzzWorkspace()
    {
        var shm = Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath();
        root = Path.Combine(shm, $"dipgraph-fuzz-{Environment.ProcessId}");
        Directory.CreateDirectory(Path.Combine(root, "sources"));
        foreach (var article in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "articles")))
        {
            File.Copy(article, Path.Combine(root, "sources", Path.GetFileName(article)), overwrite: true);
        }
    }

    public string Write(string name, byte[] content)
    {
        var path = Path.Combine(root, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
