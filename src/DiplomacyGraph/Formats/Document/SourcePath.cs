namespace DiplomacyGraph.Formats.Document;

/// <summary>
/// The rule for a source's <c>file</c>: a relative path that stays inside the dataset's folder. A dataset
/// from an untrusted hand therefore cannot make the loader open an absolute path, a parent folder, a URL
/// or a device (whose quotes would otherwise reveal, match by match, what that file holds).
/// </summary>
internal static class SourcePath
{
    /// <summary>Null when <paramref name="file"/> is acceptable, otherwise why not.</summary>
    public static string? Check(string file)
    {
        if (file.Contains('\0', StringComparison.Ordinal) || file.Contains("://", StringComparison.Ordinal))
        {
            return $"'{Printable(file)}' is not a file path: write a path relative to the dataset file, such as sources/article.txt.";
        }

        if (Path.IsPathRooted(file) || file.StartsWith('/') || file.StartsWith('\\') || (file.Length > 1 && file[1] == ':'))
        {
            return $"'{Printable(file)}' is absolute: write a path relative to the dataset file, such as sources/article.txt.";
        }

        if (file.Split('/', '\\').Any(segment => segment == ".."))
        {
            return $"'{Printable(file)}' leaves the dataset's folder ('..'): keep source files beside or below the dataset file.";
        }

        return null;
    }

    private static string Printable(string text) => new([.. text.Select(c => char.IsControl(c) ? '?' : c)]);
}
