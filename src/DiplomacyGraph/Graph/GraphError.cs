namespace DiplomacyGraph;

/// <summary>One problem found while loading or building a graph.</summary>
/// <param name="Message">What is wrong, in words a person understands.</param>
/// <param name="Location">Where, when the input was a file.</param>
/// <param name="Field">The field at fault (<c>to</c>, <c>citations[0].quote</c>), when one is.</param>
/// <param name="ElementId">The id of the entity, relation, source or type concerned, when known.</param>
public sealed record GraphError(string Message, FilePosition? Location = null, string? Field = null, string? ElementId = null)
{
    /// <summary>The longest <see cref="Message"/> kept whole; a longer one (it quotes a huge input) keeps its start and end.</summary>
    public const int MaxMessageLength = 1000;

    /// <summary>
    /// What is wrong. Input it quotes is elided in the middle past <see cref="MaxMessageLength"/> characters, and shows
    /// control, bidirectional and zero-width characters escaped, so a crafted id can
    /// neither send a terminal an escape sequence nor start a new line.
    /// </summary>
    public string Message { get; init; } = Elide(DisplayText.Escape(Message), MaxMessageLength);

    /// <summary>The field at fault, elided in the middle past 200 characters (a key can be any length), hidden characters escaped.</summary>
    public string? Field { get; init; } = Field is null ? null : Elide(DisplayText.Escape(Field), 200);

    /// <summary>The id concerned, hidden characters escaped.</summary>
    public string? ElementId { get; init; } = ElementId is null ? null : DisplayText.Escape(ElementId);

    /// <summary><c>file:line:col: field: message</c>, omitting the parts that are not known.</summary>
    public override string ToString()
    {
        var where = Location is null ? string.Empty : DisplayText.Escape(Location.ToString()) + ": ";
        var what = Field is null ? string.Empty : Field + ": ";
        return where + what + Message;
    }

    private static string Elide(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= max)
        {
            return text;
        }

        var tail = max / 4;
        var head = max - tail - 40;
        return $"{text[..head]} … ({text.Length - head - tail:N0} characters left out) … {text[^tail..]}";
    }
}
