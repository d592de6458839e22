namespace DiplomacyGraph.Formats.GraphML;

/// <summary>How <see cref="GraphMLGraphWriter"/> writes: the shared network options (aggregation, meetings).</summary>
public sealed record GraphMLWriterOptions : ExportOptions
{
    /// <summary>The defaults: every entity and relation, read back to an equal graph by <see cref="GraphMLGraphReader"/>.</summary>
    public static GraphMLWriterOptions Default { get; } = new();
}
