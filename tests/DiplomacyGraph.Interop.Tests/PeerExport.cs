using DiplomacyGraph.Formats.Gexf;
using DiplomacyGraph.Formats.GraphML;

namespace DiplomacyGraph.Tests.Interop;

/// <summary>One way of exporting a graph for the peers: format, options, and the official schema it must satisfy.</summary>
internal sealed record PeerExport(string Name, string Schema, Func<DiplomaticGraph, string> Write)
{
    public static readonly IReadOnlyList<PeerExport> All =
    [
        .. Shapes.SelectMany(shape => new[]
        {
            new PeerExport($"graphml{shape.Suffix}", "graphml/graphml.xsd", g => GraphMLGraphWriter.WriteToString(g, new GraphMLWriterOptions { AggregateParallelRelations = shape.Aggregate, IncludeMeetings = shape.Meetings })),
            new PeerExport($"gexf-1.3{shape.Suffix}", "gexf-1.3/gexf.xsd", g => GexfGraphWriter.WriteToString(g, new GexfWriterOptions { AggregateParallelRelations = shape.Aggregate, IncludeMeetings = shape.Meetings })),
            new PeerExport($"gexf-1.2draft{shape.Suffix}", "gexf-1.2draft/gexf.xsd", g => GexfGraphWriter.WriteToString(g, new GexfWriterOptions { Version = GexfVersion.V1_2Draft, AggregateParallelRelations = shape.Aggregate, IncludeMeetings = shape.Meetings })),
        }),
    ];

    private static IEnumerable<(string Suffix, bool Aggregate, bool Meetings)> Shapes =>
    [
        (string.Empty, false, true),
        ("-aggregated", true, true),
        ("-no-meetings", false, false),
        ("-aggregated-no-meetings", true, false),
    ];

    public static PeerExport Named(string name) => All.Single(e => e.Name == name);

    /// <summary>The schema's path in the test output (copied from the project's Schemas folder).</summary>
    public string SchemaPath => Path.Combine(AppContext.BaseDirectory, "Schemas", Schema);

    /// <summary>Writes the export of <paramref name="graph"/> to a new temporary file and returns its path.</summary>
    public string WriteFile(DiplomaticGraph graph, string graphName)
    {
        var directory = Directory.CreateTempSubdirectory("dipgraph-interop-").FullName;
        var path = Path.Combine(directory, $"{graphName}.{Name}.{(Name.StartsWith("graphml", StringComparison.Ordinal) ? "graphml" : "gexf")}");
        File.WriteAllText(path, Write(graph), new System.Text.UTF8Encoding(false));
        return path;
    }
}
