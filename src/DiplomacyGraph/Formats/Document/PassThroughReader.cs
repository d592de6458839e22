namespace DiplomacyGraph.Formats.Document;

/// <summary>
/// A text reader that hands on what another reads, block by block, after <see cref="Saw"/> has looked at each block: to
/// check it (strict JSON, GraphML's attribute bounds), count it, keep it, or change characters in place (YAML's line
/// breaks). It owns the inner reader.
/// </summary>
internal abstract class PassThroughReader(TextReader inner) : TextReader
{
    public override int Peek() => throw new NotSupportedException();

    public override int Read()
    {
        Span<char> one = stackalloc char[1];
        return Read(one) == 0 ? -1 : one[0];
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public sealed override int Read(Span<char> buffer)
    {
        var read = inner.Read(buffer);
        Saw(buffer[..read]);
        return read;
    }

    /// <summary>The block just read, empty at the end of the text; an error found in it is thrown from here.</summary>
    protected abstract void Saw(Span<char> text);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
