namespace DiplomacyGraph.Formats;

/// <summary>
/// Turns what a user names into dataset files: a file as it is, a folder as every dataset file directly inside it (any
/// extension a reader in <see cref="GraphFormats"/> claims, in name order), and a pattern with <c>*</c> or <c>?</c> in its
/// file name (<c>seeds/*.yaml</c>) as the files it matches, for shells that do not expand it. Each file once.
/// </summary>
internal static class DatasetFiles
{
    private static readonly char[] Wildcards = ['*', '?'];

    /// <summary>The files <paramref name="paths"/> name, in order, each once.</summary>
    /// <param name="paths">Files, folders and file-name patterns.</param>
    /// <exception cref="GraphFormatException">A folder holds no dataset file, or a pattern matches no file; every such path is named.</exception>
    /// <example><code>IReadOnlyList&lt;string&gt; files = DatasetFiles.Expand(["seeds", "mine/*.yaml"]);</code></example>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<string>();
        var seen = new HashSet<string>(OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        var errors = new List<GraphError>();
        foreach (var path in paths)
        {
            ArgumentNullException.ThrowIfNull(path);
            foreach (var file in Files(path, errors))
            {
                if (seen.Add(Path.GetFullPath(file)))
                {
                    files.Add(file);
                }
            }
        }

        return errors.Count == 0 ? files : throw new GraphFormatException(errors);
    }

    /// <summary>The extensions a folder's dataset files have: those the readers claim.</summary>
    public static IReadOnlyList<string> Extensions => [.. GraphFormats.Readers.SelectMany(r => r.Extensions).Distinct(StringComparer.OrdinalIgnoreCase)];

    private static IEnumerable<string> Files(string path, List<GraphError> errors)
    {
        if (Directory.Exists(path))
        {
            var inside = Matching(path, "*", claimed: true);
            if (inside.Count == 0)
            {
                errors.Add(new GraphError($"Folder '{path}' holds no dataset file ({string.Join(", ", Extensions)}); name the files, or a folder that holds them.", new FilePosition(path, 1, 1)));
            }

            return inside;
        }

        var name = Path.GetFileName(path);
        if (File.Exists(path) || name.IndexOfAny(Wildcards) < 0)
        {
            return [path]; // A missing file is the reader's to report.
        }

        var folder = Path.GetDirectoryName(path);
        if (folder?.IndexOfAny(Wildcards) >= 0)
        {
            errors.Add(new GraphError($"'{path}': a pattern may use * and ? in the file name only, not in folder names.", new FilePosition(path, 1, 1)));
            return [];
        }

        var matches = Directory.Exists(string.IsNullOrEmpty(folder) ? "." : folder) ? Matching(folder ?? string.Empty, name, claimed: false) : [];
        if (matches.Count == 0)
        {
            errors.Add(new GraphError($"'{path}' matches no file.", new FilePosition(path, 1, 1)));
        }

        return matches;
    }

    private static List<string> Matching(string folder, string pattern, bool claimed)
    {
        var options = new EnumerationOptions { MatchCasing = MatchCasing.PlatformDefault, RecurseSubdirectories = false, IgnoreInaccessible = true };
        return
        [
            .. Directory.EnumerateFiles(string.IsNullOrEmpty(folder) ? "." : folder, pattern, options)
                .Where(f => !claimed || GraphFormats.ReaderFor(f) is not null)
                .Select(f => string.IsNullOrEmpty(folder) ? Path.GetFileName(f) : f)
                .Order(StringComparer.Ordinal),
        ];
    }
}
