namespace DiplomacyGraph.Formats.Gexf;

/// <summary>How <see cref="GexfGraphWriter"/> writes: the GEXF version, and the shared network options (aggregation, meetings).</summary>
public sealed record GexfWriterOptions : ExportOptions
{
    /// <summary>The defaults: GEXF 1.3, every entity and relation.</summary>
    public static GexfWriterOptions Default { get; } = new();

    /// <summary>The GEXF version; <see cref="GexfVersion.V1_3"/> by default.</summary>
    public GexfVersion Version { get; init; } = GexfVersion.V1_3;
}
