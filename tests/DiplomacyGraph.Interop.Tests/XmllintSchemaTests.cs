using Xunit.Abstractions;

namespace DiplomacyGraph.Tests.Interop;

/// <summary>Every export validates against the official XSD with xmllint, the reference validator.</summary>
public class XmllintSchemaTests(ITestOutputHelper output)
{
    public static TheoryData<string, string> Cases => PeerGraphs.WithExports(string.Empty);

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public void Export_validates_against_the_official_schema(string graphName, string exportName)
    {
        var xmllint = PeerTools.Xmllint();

        var export = PeerExport.Named(exportName);
        var file = export.WriteFile(PeerGraphs.Get(graphName), graphName);

        var (code, _, err) = PeerTools.Run(xmllint, "--noout", "--schema", export.SchemaPath, file);

        output.WriteLine(err.Trim());
        Assert.True(code == 0, $"xmllint rejected {file}:\n{err}");
        Assert.Contains("validates", err, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Xmllint_rejects_an_export_the_schema_does_not_allow()
    {
        var xmllint = PeerTools.Xmllint();

        var export = PeerExport.Named("gexf-1.3");
        var file = export.WriteFile(TestGraphs.Builder().AddEntity(TestGraphs.Entity("a")).Build(), "broken");
        File.WriteAllText(file, File.ReadAllText(file).Replace("version=\"1.3\"", "version=\"9\"", StringComparison.Ordinal));

        var (code, _, err) = PeerTools.Run(xmllint, "--noout", "--schema", export.SchemaPath, file);

        Assert.NotEqual(0, code);
        Assert.Contains("fails to validate", err, StringComparison.Ordinal);
    }
}
