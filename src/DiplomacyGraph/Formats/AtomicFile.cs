using System.Text;
using DiplomacyGraph.Formats.Document;

namespace DiplomacyGraph.Formats;

/// <summary>
/// Writes a file so that no failure destroys the one it replaces: the text goes to a temporary file beside the
/// target, is flushed to disk (fsync), and only then renamed over the target. A kill, a full disk or a writer's
/// exception leaves the previous file whole; the temporary file is removed on every failure that lets it be.
/// </summary>
/// <example><code>
/// AtomicFile.Write("graph.json", writer => JsonGraphWriter.Write(graph, writer));
/// </code></example>
internal static class AtomicFile
{
    /// <summary>Writes UTF-8 text (no byte-order mark) to <paramref name="path"/>, replacing it only once the text is safely on disk.</summary>
    /// <param name="path">The file to write; a link is followed, so the file it points to is replaced.</param>
    /// <param name="write">Writes the text.</param>
    /// <exception cref="IOException">The path is empty, a folder, not a regular file, in a folder that does not exist, or the text cannot be written (a full disk, no permission); the message is one line.</exception>
    public static void Write(string path, Action<TextWriter> write)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(write);
        var target = Target(path);
        var temporary = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16))
            {
                using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16, leaveOpen: true);
                write(writer);
                writer.Flush();
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, target, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Remove(temporary);
            throw new IOException($"Cannot write {DisplayText.Escape(path)}: {OneLine(e.Message)} The previous file, if any, is unchanged.", e);
        }
        catch
        {
            Remove(temporary);
            throw;
        }
    }

    private static string Target(string path)
    {
        if (path.Length == 0 || path.Contains('\0', StringComparison.Ordinal))
        {
            throw new IOException("Cannot write to an empty file name; give a file path.");
        }

        var target = RealPath.Resolve(path) ?? throw new IOException($"Cannot write {DisplayText.Escape(path)}: it is a loop of symbolic links.");
        var folder = Path.GetDirectoryName(target);
        if (folder is null || FileKinds.Of(folder) != FileKind.Directory)
        {
            throw new IOException($"Cannot write {DisplayText.Escape(path)}: the folder {DisplayText.Escape(folder ?? path)} does not exist.");
        }

        return FileKinds.Of(target) switch
        {
            FileKind.Missing or FileKind.Regular => target,
            FileKind.Directory => throw new IOException($"Cannot write {DisplayText.Escape(path)}: it is a folder; give a file path."),
            _ => throw new IOException($"Cannot write {DisplayText.Escape(path)}: it is not a regular file (a device, pipe or socket); give a file path."),
        };
    }

    private static void Remove(string temporary)
    {
        try
        {
            File.Delete(temporary);
        }
        catch (IOException)
        {
            // Nothing more can be done; the target is untouched either way.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static string OneLine(string message) => DisplayText.Escape(message.ReplaceLineEndings(" ").Trim()).TrimEnd('.') + ".";
}
