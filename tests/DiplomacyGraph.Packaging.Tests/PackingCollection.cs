namespace DiplomacyGraph.Tests.Packaging;

/// <summary>
/// The test classes that run <c>dotnet pack</c> on the library: in one collection, so that two packs never build the
/// same project's Release output at the same time.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PackingCollection
{
    public const string Name = "Packs the library";
}
