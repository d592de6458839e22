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

    /// <summary>Graph-level key: the sources and extension relation types, as the lossless JSON format.</summary>
    public const string SourcesAndTypes = "sources_and_types";

    public const string DatasetView = "dataset";
    public const string AggregatedView = "aggregated";
    public const string WithoutMeetingsView = "without-meetings";

    public static string KeyId(string domain, string name) => $"{domain[0]}_{name}";
}
