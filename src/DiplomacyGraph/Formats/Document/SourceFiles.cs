namespace DiplomacyGraph.Formats.Document;

/// <summary>
/// Reads the source files (<c>sources/….txt</c>) of one load. A file is read only when its real path (every
/// symbolic link followed) lies inside the dataset's folder and names a regular file, found without opening it,
/// so a FIFO cannot block the load and a device cannot be read. Each real path is read once, and all the
/// source texts of the load share one byte budget (<see cref="GraphReaderOptions.MaxDocumentSize"/>).
/// Problems never quote the file's contents.
/// </summary>
internal sealed class SourceFiles(GraphReaderOptions options)
{
    private readonly Dictionary<string, SourceFileText> byRealPath = new(StringComparer.Ordinal);
    private long budgetUsed;

    /// <summary>Reads source files by their path relative to the dataset file <paramref name="datasetPath"/>.</summary>
    public Func<string, SourceFileText> Beside(string datasetPath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(datasetPath)) ?? ".";
        var realFolder = RealPath.Resolve(folder) ?? folder;
        return relative => Read(realFolder, relative);
    }

    private SourceFileText Read(string realFolder, string relative)
    {
        var shown = DisplayText.Escape(relative);
        var real = RealPath.Resolve(Path.Combine(realFolder, relative));
        if (real is null)
        {
            return SourceFileText.Refused($"Source file '{shown}' is a loop of symbolic links.");
        }

        if (string.Equals(real, realFolder.TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal))
        {
            return SourceFileText.Refused($"Source file '{shown}' is the dataset's own folder, not a file: name the article's text file, such as sources/article.txt.");
        }

        if (!RealPath.IsInside(real, realFolder))
        {
            return SourceFileText.Refused($"Source file '{shown}' leads (through a symbolic link) outside the dataset's folder; keep source files, and what links point to, beside or below the dataset file.");
        }

        if (byRealPath.TryGetValue(real, out var known))
        {
            return known;
        }

        FileKind kind;
        try
        {
            kind = FileKinds.Of(real);
        }
        catch (IOException e)
        {
            // The type cannot be read (a name longer than the file system allows, permissions on the way): nothing to open.
            return byRealPath[real] = SourceFileText.Refused($"Source file '{shown}' cannot be examined: {e.Message}");
        }

        var read = kind switch
        {
            FileKind.Missing when !options.RequireSourceFiles => Unchecked(shown),
            FileKind.Missing => SourceFileText.Refused($"Source file '{shown}' does not exist beside the dataset file, so its quotes cannot be checked; put it there, or load with missing texts allowed and their quotes unchecked (dipgraph --no-quote-check; GraphReaderOptions.RequireSourceFiles = false)."),
            FileKind.Directory => SourceFileText.Refused($"Source file '{shown}' is a folder, not a file."),
            FileKind.Other => SourceFileText.Refused($"Source file '{shown}' is not a regular file (a pipe, device or socket); only plain text files are read."),
            _ => ReadRegular(real, shown),
        };
        byRealPath[real] = read;
        return read;
    }

    /// <summary>A missing file that is allowed: its quotes go unchecked, and <see cref="GraphReaderOptions.Notes"/> hears so.</summary>
    private SourceFileText Unchecked(string shown)
    {
        options.Notes?.Invoke($"source file '{shown}' does not exist beside the dataset file: its quotes are not checked.");
        return default;
    }

    private SourceFileText ReadRegular(string path, string shown)
    {
        var left = options.MaxDocumentSize - budgetUsed;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            using var bytes = new MemoryStream((int)Math.Clamp(stream.Length, 0, Math.Min(left, Array.MaxLength)));
            var buffer = new byte[81920];
            int read;
            while ((read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, left - bytes.Length + 1))) > 0)
            {
                bytes.Write(buffer, 0, read);
                if (bytes.Length > left)
                {
                    budgetUsed = options.MaxDocumentSize;
                    return SourceFileText.Refused($"Source file '{shown}' takes the source texts of this load over {options.MaxDocumentSize:N0} bytes (GraphReaderOptions.MaxDocumentSize).");
                }
            }

            budgetUsed += bytes.Length;
            return SourceFileText.Found(StrictUtf8.Decode(bytes.GetBuffer().AsSpan(0, (int)bytes.Length), path));
        }
        catch (GraphFormatException e)
        {
            var error = e.Errors[0];
            return SourceFileText.Refused($"Source file '{shown}' at line {error.Location?.Line}, column {error.Location?.Column}: {error.Message}");
        }
        catch (IOException e)
        {
            return SourceFileText.Refused($"Source file '{shown}' cannot be read: {e.GetType().Name}.");
        }
        catch (UnauthorizedAccessException)
        {
            return SourceFileText.Refused($"Source file '{shown}' cannot be read: permission denied.");
        }
    }
}
