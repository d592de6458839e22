namespace DiplomacyGraph.Formats.Document;

/// <summary>The <see cref="GraphReaderOptions"/> limits every syntax applies: document size, value length, nesting depth.</summary>
internal static class ReaderLimits
{
    public static void CheckSize(long size, string name, GraphReaderOptions options)
    {
        if (size > options.MaxDocumentSize)
        {
            throw new GraphFormatException(new GraphError(
                $"The document is {size:N0} long, over the limit of {options.MaxDocumentSize:N0} (GraphReaderOptions.MaxDocumentSize).",
                new FilePosition(name, 1, 1)));
        }
    }

    /// <summary>The one error for a value over <see cref="GraphReaderOptions.MaxScalarLength"/>, at where it starts.</summary>
    public static GraphFormatException ScalarTooLong(string what, FilePosition at, GraphReaderOptions options) =>
        new(new GraphError($"{what} is longer than {options.MaxScalarLength:N0} characters (GraphReaderOptions.MaxScalarLength); nothing past that is read.", at));

    public static void CheckDepth(int depth, FilePosition at, GraphReaderOptions options)
    {
        if (depth > options.MaxDepth)
        {
            throw new GraphFormatException(new GraphError($"Nesting is deeper than {options.MaxDepth} levels (GraphReaderOptions.MaxDepth).", at));
        }
    }
}
