namespace DiplomacyGraph.Formats.Document;

/// <summary>A caller's text reader, cut off with a located error past <see cref="GraphReaderOptions.MaxDocumentSize"/> characters.</summary>
internal sealed class LimitedReader(TextReader inner, string name, GraphReaderOptions options) : TextReader
{
    private long read;

    public override int Peek() => inner.Peek();

    public override int Read()
    {
        var c = inner.Read();
        Count(c >= 0 ? 1 : 0);
        return c;
    }

    public override int Read(char[] buffer, int index, int count) => Count(inner.Read(buffer, index, count));

    public override int Read(Span<char> buffer) => Count(inner.Read(buffer));

    private int Count(int n)
    {
        read += n;
        ReaderLimits.CheckSize(read, name, options);
        return n;
    }
}
