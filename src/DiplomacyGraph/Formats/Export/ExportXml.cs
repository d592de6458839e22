using System.Text;
using System.Xml;

namespace DiplomacyGraph.Formats.Export;

/// <summary>What the GraphML and GEXF writers share about writing XML: the same declaration, indentation and line ends everywhere.</summary>
internal static class ExportXml
{
    /// <summary>
    /// Starts an XML writer over <paramref name="output"/>. The declaration always says UTF-8 (what files and
    /// standard output are written in), whatever the encoding of the <see cref="TextWriter"/> itself.
    /// </summary>
    public static XmlWriter Create(TextWriter output)
    {
        output.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        return XmlWriter.Create(output, new XmlWriterSettings
        {
            OmitXmlDeclaration = true,
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Entitize,
            Encoding = new UTF8Encoding(false),
            CloseOutput = false,
        });
    }
}
