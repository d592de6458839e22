using DiplomacyGraph.Formats.Json;
using DiplomacyGraph.Formats.Yaml;

namespace DiplomacyGraph.Fuzz;

/// <summary>
/// The starting inputs for a target, from the project's own valid datasets: YAML files as they are, and the
/// same graphs written by the library's own writer for the other formats.
/// </summary>
internal static class SeedCorpus
{
    public static void Write(string format, string outDir, IEnumerable<string> datasets)
    {
        Directory.CreateDirectory(outDir);
        foreach (var dataset in datasets)
        {
            var name = Path.GetFileNameWithoutExtension(dataset);
            switch (format)
            {
                case "yaml":
                    File.Copy(dataset, Path.Combine(outDir, name + ".yaml"), overwrite: true);
                    break;
                case "json":
                    File.WriteAllText(Path.Combine(outDir, name + ".json"), JsonGraphWriter.WriteToString(YamlGraphReader.Load(dataset)));
                    break;
                default:
                    throw new ArgumentException($"No seed writer for '{format}'.", nameof(format));
            }
        }
    }
}
