namespace DiplomacyGraph.Formats.Export;

/// <summary>The value types the GraphML and GEXF exports use.</summary>
internal enum ExportValueType
{
    String,
    Long,
    Double,
}

/// <summary>The names of <see cref="ExportValueType"/>s in XML.</summary>
internal static class ExportValueTypeNames
{
    /// <summary>The type's name, the same word in GraphML's <c>attr.type</c> and GEXF's attribute <c>type</c>.</summary>
    public static string XmlName(this ExportValueType type) => type switch
    {
        ExportValueType.Long => "long",
        ExportValueType.Double => "double",
        _ => "string",
    };
}
