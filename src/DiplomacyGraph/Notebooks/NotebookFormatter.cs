namespace DiplomacyGraph.Notebooks;

/// <summary>
/// One formatter in the shape the .NET Interactive formatter expects from a formatter source: the MIME type
/// it writes, the type it formats, and <c>bool Format(object, TextWriter)</c>.
/// </summary>
internal sealed class NotebookFormatter(string mimeType, Type type, Action<object, TextWriter> write)
{
    public string MimeType { get; } = mimeType;

    public Type Type { get; } = type;

    public bool Format(object instance, TextWriter writer)
    {
        if (!Type.IsInstanceOfType(instance))
        {
            return false;
        }

        write(instance, writer);
        return true;
    }

    public static IEnumerable<NotebookFormatter> Both<T>(Action<T, TextWriter> html, Action<T, TextWriter> text) =>
    [
        new(MimeTypes.Html, typeof(T), (o, w) => html((T)o, w)),
        new(MimeTypes.PlainText, typeof(T), (o, w) => text((T)o, w)),
    ];
}
