namespace DiplomacyGraph.Formats.GraphML;

/// <summary>The names GraphML files use, shared by the writer and the reader.</summary>
internal static class GraphMLNames
{
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    /// <summary>Graph-level key: names the format, so the reader knows the file is one of ours.</summary>
    public const string Format = "format";

    /// <summary>Graph-level key: the format version.</summary>
    public const string Version = "version";

    /// <summary>Graph-level key: <c>dataset</c>, or which view the export is (<c>aggregated</c>, <c>without-meetings</c>).</summary>
    public const string View = "view";

    /// <summary>
    /// Graph-level keys of the sources, one per field (<c>source_id</c>, <c>source_title</c>…): each a list
    /// (<see cref="Export.ListEncoding"/>) with one item per source, in order; an empty item where a source has no value.
    /// </summary>
    public static readonly string[] SourceFields = ["id", "title", "url", "outlet", "author", "published", "retrieved", "language", "file"];

    /// <summary>Graph-level keys of the extension relation types (<c>type_name</c>…), one item per type; kinds separated by spaces.</summary>
    public static readonly string[] TypeFields = ["name", "directed", "from", "to", "description"];

    public const string SourcePrefix = "source_";
    public const string TypePrefix = "type_";

    public const string DatasetView = "dataset";
    public const string AggregatedView = "aggregated";
    public const string WithoutMeetingsView = "without-meetings";

    public static string KeyId(string domain, string name) => $"{domain[0]}_{name}";
}
