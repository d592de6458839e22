using System.Text;

namespace DiplomacyGraph.Tests.Reliability;

/// <summary>
/// The nasty inputs too large to commit, written once per test run into a temporary folder:
/// a 10 MB single line (YAML and JSON), 100,000 levels of nesting, a 1 MB key.
/// </summary>
public sealed class GeneratedInputs : IDisposable
{
    public const int TenMegabytes = 10 * 1024 * 1024;

    public static readonly string[] Names =
    [
        "valid-10mb-single-line.yaml", "valid-10mb-single-line.json", "deep-nesting-sequences.yaml", "deep-nesting-mappings.yaml",
        "deep-nesting-block.yaml", "deep-nesting.json", "huge-key.yaml", "huge-key.json",
    ];

    public GeneratedInputs()
    {
        Directory.CreateDirectory(Folder);
        var huge = new string('x', TenMegabytes);
        Write("valid-10mb-single-line.yaml", $"{{ version: 1, sources: [{{ id: s, title: \"{huge}\" }}], entities: [{{ id: a, kind: Person, name: A }}] }}");
        Write("valid-10mb-single-line.json", $"{{\"format\":\"diplomacy-graph\",\"version\":1,\"sources\":[{{\"id\":\"s\",\"title\":\"{huge}\"}}]}}");
        Write("deep-nesting-sequences.yaml", "entities: " + new string('[', 100_000) + new string(']', 100_000));
        Write("deep-nesting-mappings.yaml", string.Concat(Enumerable.Repeat("{a: ", 100_000)) + "1" + new string('}', 100_000));
        Write("deep-nesting-block.yaml", string.Concat(Enumerable.Range(0, 5_000).Select(i => new string(' ', i) + "a:\n")));
        Write("deep-nesting.json", "{\"entities\":" + new string('[', 100_000) + new string(']', 100_000) + "}");
        Write("huge-key.yaml", $"version: 1\n? {new string('k', 1024 * 1024)}\n: value\n"); // An explicit key: YAML caps implicit keys at 1024 characters.
        Write("huge-key.json", $"{{\"format\":\"diplomacy-graph\",\"{new string('k', 1024 * 1024)}\":1}}");
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), $"dipgraph-nasty-{Guid.NewGuid():N}");

    public string Of(string name) => System.IO.Path.Combine(Folder, name);

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    private void Write(string name, string text) => File.WriteAllText(Of(name), text, new UTF8Encoding(false));
}
