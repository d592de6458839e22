namespace DiplomacyGraph.Formats.Document;

/// <summary>Applies <see cref="GraphReaderOptions"/> checks shared by every syntax.</summary>
internal static class DocLimits
{
    public static void CheckSize(long size, string name, GraphReaderOptions options)
    {
        if (size > options.MaxDocumentSize)
        {
            throw new GraphFormatException(new GraphError(
                $"The document is {size:N0} long, over the limit of {options.MaxDocumentSize:N0} (GraphReaderOptions.MaxDocumentSize).",
                new TextLocation(name, 1, 1)));
        }
    }

    public static void CheckDepth(int depth, TextLocation at, GraphReaderOptions options)
    {
        if (depth > options.MaxDepth)
        {
            throw new GraphFormatException(new GraphError($"Nesting is deeper than {options.MaxDepth} levels (GraphReaderOptions.MaxDepth).", at));
        }
    }

    /// <summary>Reads a whole file after checking its size, naming the file in any error.</summary>
    public static string ReadFile(string path, GraphReaderOptions options)
    {
        try
        {
            CheckSize(new FileInfo(path).Length, path, options);
            return File.ReadAllText(path);
        }
        catch (IOException e)
        {
            throw new GraphFormatException(new GraphError($"Cannot read the file: {e.Message}", new TextLocation(path, 1, 1)), e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new GraphFormatException(new GraphError($"Cannot read the file: {e.Message}", new TextLocation(path, 1, 1)), e);
        }
    }

    /// <summary>Reads a source file next to a dataset file, or null when it is not there.</summary>
    public static Func<string, string?> SourcesBeside(string datasetPath) => relative =>
    {
        var full = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(datasetPath)) ?? ".", relative);
        return File.Exists(full) ? File.ReadAllText(full) : null;
    };
}
