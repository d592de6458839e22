namespace DiplomacyGraph.Formats.Gexf;

/// <summary>Which GEXF version <see cref="GexfGraphWriter"/> writes.</summary>
public enum GexfVersion
{
    /// <summary>GEXF 1.3, Gephi's current format (namespace <c>http://gexf.net/1.3</c>). The default.</summary>
    V1_3,

    /// <summary>GEXF 1.2draft (namespace <c>http://www.gexf.net/1.2draft</c>), for tools that read only that one, such as NetworkX's <c>read_gexf</c>.</summary>
    V1_2Draft,
}
