namespace DiplomacyGraph.Formats.Network;

/// <summary>The value types the network exports use.</summary>
internal enum NetworkValueType
{
    String,
    Long,
    Double,
}

/// <summary>The names of <see cref="NetworkValueType"/>s in XML.</summary>
internal static class NetworkValueTypeNames
{
    /// <summary>The type's name, the same word in GraphML's <c>attr.type</c> and GEXF's attribute <c>type</c>.</summary>
    public static string XmlName(this NetworkValueType type) => type switch
    {
        NetworkValueType.Long => "long",
        NetworkValueType.Double => "double",
        _ => "string",
    };
}
