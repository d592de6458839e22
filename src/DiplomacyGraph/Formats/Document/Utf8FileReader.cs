using System.Buffers;
using System.Text.Unicode;

namespace DiplomacyGraph.Formats.Document;

/// <summary>
/// Streams a file (or any byte stream) as strict UTF-8 text, block by block: a byte-order mark is dropped, an invalid
/// byte sequence is an error at its line and column instead of a silent U+FFFD (which would corrupt a quote), and no
/// more than <see cref="GraphReaderOptions.MaxDocumentSize"/> bytes are read, even from a file that grows or a
/// device that never ends. The whole file is never held: parsers pull characters as they go.
/// </summary>
internal sealed class Utf8FileReader : TextReader
{
    private const int BlockSize = 64 * 1024;

    private readonly Stream stream;
    private readonly string name;
    private readonly long limit;
    private readonly byte[] bytes = new byte[BlockSize];
    private readonly char[] chars = new char[BlockSize];
    private int byteStart;
    private int byteEnd;
    private int charStart;
    private int charEnd;
    private bool eof;
    private bool first = true;
    private int bom;

    // Where the decoded text has got to, for an error's line and column.
    private int line = 1;
    private long lineStart;
    private long charsDecoded;
    private bool lastWasCr;

    private readonly bool leaveOpen;

    public Utf8FileReader(Stream stream, string name, GraphReaderOptions options, bool leaveOpen = false)
    {
        this.stream = stream;
        this.leaveOpen = leaveOpen;
        this.name = name;
        limit = options.MaxDocumentSize;
        Length = stream.CanSeek ? stream.Length : null;
        if (Length is { } length)
        {
            ReaderLimits.CheckSize(length, name, options);
        }
    }

    /// <summary>The stream's length in bytes, when it is known up front.</summary>
    public long? Length { get; }

    /// <summary>Hears how many bytes have been read, of how many (when known), after each block.</summary>
    public Action<long, long?>? Progress { get; set; }

    /// <summary>How many bytes have been read so far.</summary>
    public long BytesRead { get; private set; }

    public static Utf8FileReader Open(string path, GraphReaderOptions options)
    {
        FileKinds.RequireRegular(path);
        try
        {
            return new Utf8FileReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan), path, options);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new GraphFormatException(new GraphError($"Cannot read the file: {e.Message}", new FilePosition(path, 1, 1)), e);
        }
    }

    public override int Peek() => charStart < charEnd || Fill() ? chars[charStart] : -1;

    public override int Read() => charStart < charEnd || Fill() ? chars[charStart++] : -1;

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        if (buffer.Length == 0 || (charStart == charEnd && !Fill()))
        {
            return 0;
        }

        var n = Math.Min(buffer.Length, charEnd - charStart);
        chars.AsSpan(charStart, n).CopyTo(buffer);
        charStart += n;
        return n;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !leaveOpen)
        {
            stream.Dispose();
        }

        base.Dispose(disposing);
    }

    private bool Fill()
    {
        while (true)
        {
            if (byteEnd - byteStart < 4 && !eof)
            {
                ReadBytes();
            }

            if (byteStart == byteEnd)
            {
                return false;
            }

            var status = Utf8.ToUtf16(bytes.AsSpan(byteStart, byteEnd - byteStart), chars, out var used, out var written, replaceInvalidSequences: false, isFinalBlock: eof);
            byteStart += used;
            Track(chars.AsSpan(0, written));
            (charStart, charEnd) = (0, written);
            if (status == OperationStatus.InvalidData)
            {
                throw Invalid();
            }

            if (written > 0)
            {
                return true;
            }
        }
    }

    private void ReadBytes()
    {
        bytes.AsSpan(byteStart, byteEnd - byteStart).CopyTo(bytes);
        (byteEnd, byteStart) = (byteEnd - byteStart, 0);
        while (byteEnd < bytes.Length && !eof)
        {
            int read;
            try
            {
                read = stream.Read(bytes, byteEnd, bytes.Length - byteEnd);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new GraphFormatException(new GraphError($"Cannot read the file: {e.Message}", new FilePosition(name, 1, 1)), e);
            }

            if (read == 0)
            {
                eof = true;
                break;
            }

            if (BytesRead + read > limit)
            {
                ReaderLimits.CheckSize(BytesRead + read, name, new GraphReaderOptions { MaxDocumentSize = limit });
            }

            BytesRead += read;
            byteEnd += read;
            Progress?.Invoke(BytesRead, Length);
            if (first && byteEnd >= 4)
            {
                break;
            }
        }

        if (first)
        {
            first = false;
            CheckBom();
        }
    }

    private void CheckBom()
    {
        var start = bytes.AsSpan(0, byteEnd);
        if (start.StartsWith((byte[])[0xEF, 0xBB, 0xBF]))
        {
            byteStart = 3;
            bom = 3;
        }
        else if (start.StartsWith((byte[])[0xFF, 0xFE]) || start.StartsWith((byte[])[0xFE, 0xFF]) || start.StartsWith((byte[])[0, 0, 0xFE, 0xFF]))
        {
            throw new GraphFormatException(new GraphError("The file starts with a UTF-16 or UTF-32 byte-order mark; save it as UTF-8.", new FilePosition(name, 1, 1)));
        }
    }

    /// <summary>Counts lines in decoded text (LF, CRLF and a lone CR each end one), as <see cref="TextLines"/> does.</summary>
    private void Track(ReadOnlySpan<char> text)
    {
        for (var offset = 0; offset < text.Length;)
        {
            var next = text[offset..].IndexOfAny('\r', '\n');
            if (next < 0)
            {
                break;
            }

            var at = offset + next;
            var crlf = text[at] == '\n' && (at == 0 ? lastWasCr : text[at - 1] == '\r');
            line += crlf ? 0 : 1;
            lineStart = charsDecoded + at + 1;
            offset = at + 1;
        }

        lastWasCr = text.Length > 0 ? text[^1] == '\r' : lastWasCr;
        charsDecoded += text.Length;
    }

    private GraphFormatException Invalid()
    {
        var offset = BytesRead - (byteEnd - byteStart) - bom;
        return new GraphFormatException(new GraphError(
            $"The file is not valid UTF-8: byte 0x{bytes[byteStart]:X2} at offset {offset:N0} does not form a UTF-8 character. Save the file as UTF-8.",
            new FilePosition(name, line, (int)(charsDecoded - lineStart) + 1)));
    }
}
