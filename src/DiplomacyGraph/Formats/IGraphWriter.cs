namespace DiplomacyGraph.Formats;

/// <summary>
/// A format that writes graphs, with its default options. <see cref="GraphFormats"/> picks one by extension and
/// <see cref="DiplomaticGraph.Save(string, IProgress{GraphProgress}?)"/> uses it; GraphML and GEXF take options through
/// their own writers (<see cref="GraphML.GraphMLGraphWriter"/>, <see cref="Gexf.GexfGraphWriter"/>).
/// </summary>
public interface IGraphWriter
{
    /// <summary>The file extensions it claims, with the dot, lower case.</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>Writes the graph as text.</summary>
    void Write(DiplomaticGraph graph, TextWriter writer);
}
