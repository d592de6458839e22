using System.Text;
using System.Text.Unicode;

namespace DiplomacyGraph.Formats.Document;

/// <summary>
/// Reads a whole file, or decodes a file's bytes, as strict UTF-8: a byte-order mark is dropped, and an invalid byte sequence is an
/// error at its line and column instead of being silently replaced by U+FFFD (which would corrupt a quote).
/// </summary>
internal static class StrictUtf8
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    public static string Decode(ReadOnlySpan<byte> bytes, string name)
    {
        if (bytes.StartsWith(Utf8Bom))
        {
            bytes = bytes[Utf8Bom.Length..];
        }
        else if (bytes.StartsWith((byte[])[0xFF, 0xFE]) || bytes.StartsWith((byte[])[0xFE, 0xFF]) || bytes.StartsWith((byte[])[0, 0, 0xFE, 0xFF]))
        {
            throw new GraphFormatException(new GraphError("The file starts with a UTF-16 or UTF-32 byte-order mark; save it as UTF-8.", new FilePosition(name, 1, 1)));
        }

        // Valid text (the normal case) decodes straight into the string. No pooled buffer: the shared pool would keep
        // a file-sized array alive after the load (930 MB resident after a 1M-relation file).
        if (Utf8.IsValid(bytes))
        {
            return Encoding.UTF8.GetString(bytes);
        }

        var chars = new char[bytes.Length];
        Utf8.ToUtf16(bytes, chars, out var bytesRead, out var written, replaceInvalidSequences: false);
        var (line, column) = new TextLines(chars.AsSpan(0, written)).LineAndColumn(written);
        throw new GraphFormatException(new GraphError(
            $"The file is not valid UTF-8: byte 0x{bytes[bytesRead]:X2} at offset {bytesRead:N0} does not form a UTF-8 character. Save the file as UTF-8.",
            new FilePosition(name, line, column)));
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
                ReaderLimits.CheckSize(stream.Length, path, options);
            }

            using var bytes = new MemoryStream(stream.CanSeek ? (int)Math.Min(stream.Length, Array.MaxLength) : 0);
            var buffer = new byte[81920];
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                ReaderLimits.CheckSize(bytes.Length + read, path, options);
                bytes.Write(buffer, 0, read);
            }

            return Decode(bytes.GetBuffer().AsSpan(0, (int)bytes.Length), path);
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
