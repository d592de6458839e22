using DiplomacyGraph.Formats.Document;

namespace DiplomacyGraph.Formats.GraphML;

/// <summary>
/// A text read once (a caller's stream or reader) that may be needed again: everything read is kept until
/// <see cref="Stop"/> (a dataset file, which never needs it), or to the end (plain GraphML, whose relations quote their
/// edges' tags; a DOCTYPE error, which looks for it in the prolog). So a dataset streams from a stream as from a file.
/// </summary>
internal sealed class RecordingReader(TextReader inner) : PassThroughReader(inner)
{
    private System.Text.StringBuilder? kept = new();

    /// <summary>Forgets what was kept and keeps nothing more.</summary>
    public void Stop() => kept = null;

    /// <summary>The whole text (what is left read to the end), or null once <see cref="Stop"/> was called.</summary>
    public string? WholeText()
    {
        if (kept is null)
        {
            return null;
        }

        Span<char> rest = stackalloc char[4096];
        while (Read(rest) > 0)
        {
        }

        return kept.ToString();
    }

    protected override void Saw(Span<char> text) => kept?.Append(text);
}
