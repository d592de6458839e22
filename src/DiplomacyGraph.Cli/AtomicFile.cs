using System.Text;

namespace DiplomacyGraph.Cli;

/// <summary>Writes a file whole or not at all: into a temporary file beside it, then renamed over it.</summary>
internal static class AtomicFile
{
    /// <summary>
    /// Writes <paramref name="text"/> as UTF-8 (no byte-order mark) to a temporary file in the target's folder, flushes it
    /// to disk, and renames it to <paramref name="path"/>: a reader sees the old file or the new one, never half of it, and
    /// a failed write leaves the old file untouched (the temporary file is removed).
    /// </summary>
    /// <exception cref="IOException">The folder does not exist, the disk is full, or the rename fails.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder or file may not be written.</exception>
    public static void Write(string path, string text)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? ".";
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"the folder {folder} does not exist");
        }

        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
