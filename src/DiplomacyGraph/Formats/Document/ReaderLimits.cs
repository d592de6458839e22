namespace DiplomacyGraph.Formats.Document;

/// <summary>Applies <see cref="GraphReaderOptions"/> checks shared by every syntax, and reads files within them.</summary>
internal static class ReaderLimits
{
    public static void CheckSize(long size, string name, GraphReaderOptions options)
    {
        if (size > options.MaxDocumentSize)
        {
            throw new GraphFormatException(new GraphError(
                $"The document is {size:N0} long, over the limit of {options.MaxDocumentSize:N0} (GraphReaderOptions.MaxDocumentSize).",
                new FilePosition(name, 1, 1)));
        }
    }

    /// <summary>The one error for a value over <see cref="GraphReaderOptions.MaxScalarLength"/>, at where it starts.</summary>
    public static GraphFormatException ScalarTooLong(string what, FilePosition at, GraphReaderOptions options) =>
        new(new GraphError($"{what} is longer than {options.MaxScalarLength:N0} characters (GraphReaderOptions.MaxScalarLength); nothing past that is read.", at));

    public static void CheckDepth(int depth, FilePosition at, GraphReaderOptions options)
    {
        if (depth > options.MaxDepth)
        {
            throw new GraphFormatException(new GraphError($"Nesting is deeper than {options.MaxDepth} levels (GraphReaderOptions.MaxDepth).", at));
        }
    }

    /// <summary>
    /// Reads a whole file as strict UTF-8, never more than <see cref="GraphReaderOptions.MaxDocumentSize"/> bytes
    /// (even when the file grows or is a device that never ends), naming the file in any error.
    /// </summary>
    public static string ReadFile(string path, GraphReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Length == 0 || path.Contains('\0', StringComparison.Ordinal))
        {
            throw new GraphFormatException(new GraphError("The file name is empty or holds a NUL; give a file path.", new FilePosition(path.Length == 0 ? "<empty file name>" : path, 1, 1)));
        }

        FileKinds.RequireRegular(path);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            if (stream.CanSeek)
            {
                CheckSize(stream.Length, path, options);
            }

            using var bytes = new MemoryStream(stream.CanSeek ? (int)Math.Min(stream.Length, Array.MaxLength) : 0);
            var buffer = new byte[81920];
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                CheckSize(bytes.Length + read, path, options);
                bytes.Write(buffer, 0, read);
            }

            return StrictUtf8.Decode(bytes.GetBuffer().AsSpan(0, (int)bytes.Length), path);
        }
        catch (IOException e)
        {
            throw new GraphFormatException(new GraphError($"Cannot read the file: {e.Message}", new FilePosition(path, 1, 1)), e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new GraphFormatException(new GraphError($"Cannot read the file: {e.Message}", new FilePosition(path, 1, 1)), e);
        }
    }
}
