namespace DiplomacyGraph.Formats;

/// <summary>A text writer that passes everything on and reports, every megabyte or so, how many characters went through.</summary>
internal sealed class ProgressWriter(TextWriter inner, IProgress<GraphProgress> progress) : TextWriter(inner.FormatProvider)
{
    private const long Step = 1 << 20;
    private long written;
    private long next = Step;

    public override System.Text.Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        inner.Write(value);
        Count(1);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        inner.Write(buffer, index, count);
        Count(count);
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        inner.Write(buffer);
        Count(buffer.Length);
    }

    public override void Write(string? value)
    {
        inner.Write(value);
        Count(value?.Length ?? 0);
    }

    public override void Flush() => inner.Flush();

    /// <summary>Reports the final count, with the total now known.</summary>
    public void Finish() => progress.Report(new GraphProgress(written, written));

    private void Count(int n)
    {
        written += n;
        if (written >= next)
        {
            next = written + Step;
            progress.Report(new GraphProgress(written, null));
        }
    }
}
