using DiplomacyGraph.Formats.Gexf;
using DiplomacyGraph.Formats.GraphML;
using DiplomacyGraph.Tests.Formats;

namespace DiplomacyGraph.Tests.Snapshots;

/// <summary>
/// The exact GraphML and GEXF text of a small fixed graph, reviewed by eye and committed under __snapshots__;
/// any change to the output fails here until the new snapshot is reviewed.
/// </summary>
public class ExportSnapshotTests
{
    [Fact]
    public void Graphml() => CommittedSnapshot.Match(GraphMLGraphWriter.WriteToString(ExportTestGraph.Create()));

    [Fact]
    public void Graphml_aggregated_without_meetings() =>
        CommittedSnapshot.Match(GraphMLGraphWriter.WriteToString(ExportTestGraph.Create(), new GraphMLWriterOptions { AggregateParallelRelations = true, IncludeMeetings = false }));

    [Fact]
    public void Gexf_1_3() => CommittedSnapshot.Match(GexfGraphWriter.WriteToString(ExportTestGraph.Create()));

    [Fact]
    public void Gexf_1_2draft() =>
        CommittedSnapshot.Match(GexfGraphWriter.WriteToString(ExportTestGraph.Create(), new GexfWriterOptions { Version = GexfVersion.V1_2Draft }));
}
