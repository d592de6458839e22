namespace DiplomacyGraph.Formats.Export;

/// <summary>One column of a GraphML or GEXF export: a GraphML <c>&lt;key&gt;</c> or a GEXF <c>&lt;attribute&gt;</c>, and how to read it off an element.</summary>
/// <typeparam name="T">The element: <see cref="ExportNode"/> or <see cref="ExportEdge"/>.</typeparam>
/// <param name="Name">The column name (<c>attr.name</c>, GEXF <c>title</c>).</param>
/// <param name="Type">The value type.</param>
/// <param name="Value">The value written for an element, or null to write nothing for it.</param>
internal sealed record ExportColumn<T>(string Name, ExportValueType Type, Func<T, string?> Value);
