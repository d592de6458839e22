using System.Runtime.InteropServices;

namespace DiplomacyGraph.Formats.Document;

/// <summary>Finds a path's <see cref="FileKind"/>: lstat's file type, through statx(2) on Linux.</summary>
internal static partial class FileKinds
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const int StatxModeOffset = 28; // struct statx is the same on every Linux architecture.
    private const int Enoent = 2;
    private const int Enotdir = 20;
    private const int Enametoolong = 36;

    /// <summary>The kind of <paramref name="path"/>, never following a link at its end.</summary>
    public static FileKind Of(string path)
    {
        if (OperatingSystem.IsLinux())
        {
            try
            {
                return Statx(path);
            }
            catch (EntryPointNotFoundException)
            {
                // A C library without statx (glibc before 2.28): fall through to what .NET can tell.
            }
            catch (DllNotFoundException)
            {
            }
        }

        // .NET alone cannot tell a regular file from a FIFO or a device: outside Linux they are read as files,
        // bounded by the byte budget; Windows has no FIFOs or devices under a relative path.
        var info = new FileInfo(path);
        if (info.Attributes.HasFlag(FileAttributes.Directory) && info.Attributes != (FileAttributes)(-1))
        {
            return FileKind.Directory;
        }

        return info.Exists ? (info.LinkTarget is null ? FileKind.Regular : FileKind.Other) : FileKind.Missing;
    }

    /// <summary>
    /// Refuses, before anything opens it, a file to load that is not a regular file once its links are followed:
    /// a FIFO would block the open until a writer comes, a device would be read up to the byte limit, a folder
    /// cannot be read. The same check as for source files (<see cref="SourceFiles"/>), located at the file's start.
    /// A missing file is left to the open, which says so.
    /// </summary>
    public static void RequireRegular(string path)
    {
        if (string.IsNullOrEmpty(path) || path.Contains('\0', StringComparison.Ordinal))
        {
            return; // Not a path at all: the open that follows refuses it as before.
        }

        FileKind kind;
        try
        {
            kind = Of(RealPath.Resolve(path) ?? path);
        }
        catch (IOException)
        {
            return; // The type cannot be read (permissions on the way): the open that follows reports it.
        }

        var problem = kind switch
        {
            FileKind.Directory => "The file is a folder, not a file; give the path of a dataset file.",
            FileKind.Other => "The file is not a regular file (a pipe, device or socket); only plain files are loaded, so nothing blocks or reads without end.",
            _ => null,
        };
        if (problem is not null)
        {
            throw new GraphFormatException(new GraphError(problem, new FilePosition(path, 1, 1)));
        }
    }

    private static FileKind Statx(string path)
    {
        var buffer = new byte[256];
        if (statx(AtFdCwd, path, AtSymlinkNoFollow, StatxType, buffer) != 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            return errno switch
            {
                Enoent or Enotdir => FileKind.Missing,
                Enametoolong => throw new IOException("its name is longer than the file system allows."),
                _ => throw new IOException($"Cannot read the file's type (error {errno})."),
            };
        }

        return (BitConverter.ToUInt16(buffer, StatxModeOffset) & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            _ => FileKind.Other,
        };
    }

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int statx(int dirfd, string pathname, int flags, uint mask, [Out] byte[] statxbuf);
}
