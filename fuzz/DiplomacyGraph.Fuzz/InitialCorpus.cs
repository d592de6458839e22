namespace DiplomacyGraph.Fuzz;

/// <summary>
/// The starting inputs for a target, from the project's own valid datasets: YAML files as they are, and the
/// same graphs written by the library's own writer for the other formats.
/// </summary>
internal static class InitialCorpus
{
    public static void Write(string format, string outDir, IEnumerable<string> datasets)
    {
        Directory.CreateDirectory(outDir);
        switch (format)
        {
            case "yaml":
                foreach (var dataset in datasets)
                {
                    File.Copy(dataset, Path.Combine(outDir, Path.GetFileName(dataset)), overwrite: true);
                }

                break;
            case "json" or "graphml":
                // A dataset is the YAML files of one folder, loaded together (the curated seeds cite across files).
                foreach (var folder in datasets.GroupBy(d => Path.GetDirectoryName(Path.GetFullPath(d))))
                {
                    var graph = DiplomaticGraph.Load([.. folder]);
                    graph.Save(Path.Combine(outDir, $"{Path.GetFileName(folder.Key)}.{format}"));
                }

                break;
            default:
                throw new ArgumentException($"No seed writer for '{format}'.", nameof(format));
        }
    }
}
