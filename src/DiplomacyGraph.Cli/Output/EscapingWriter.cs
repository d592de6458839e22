using System.Text;

namespace DiplomacyGraph.Cli.Output;

/// <summary>
/// The text output of every command: what is written shows control, bidirectional and zero-width characters
/// escaped (<see cref="DisplayText.Escape"/>), so a name holding a newline cannot start a new output row (a fake
/// entity or a fake verified quote), and an id holding ANSI/OSC escapes cannot clear or recolour the terminal.
/// Only <see cref="WriteLine()"/> ends a row.
/// </summary>
internal sealed class EscapingWriter(TextWriter inner) : TextWriter
{
    /// <summary>The writer underneath, for output that draws with control sequences on purpose (<see cref="TerminalProgress"/>).</summary>
    public TextWriter Inner => inner;

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value) => inner.Write(value != '\t' && DisplayText.IsHidden(value) ? DisplayText.Escape(value.ToString()) : value.ToString());

    public override void Write(string? value) => inner.Write(Escape(value));

    public override void WriteLine() => inner.WriteLine();

    public override void WriteLine(string? value) => inner.WriteLine(Escape(value));

    public override void Flush() => inner.Flush();

    /// <summary>Tabs separate the columns of some rows (candidates of an ambiguous name), so they stay; nothing else hidden does.</summary>
    private static string? Escape(string? value) =>
        value is null || !value.Contains('\t', StringComparison.Ordinal) ? (value is null ? null : DisplayText.Escape(value)) : string.Join('\t', value.Split('\t').Select(DisplayText.Escape));
}
