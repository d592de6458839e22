namespace DiplomacyGraph.Model;

/// <summary>
/// Where a fact comes from: either a verbatim <see cref="QuoteCitation"/> of a source's text, or a
/// <see cref="RecordCitation"/> pointing at a record of coded event data (which has no words to quote).
/// </summary>
/// <remarks>The two cases are the only ones: the constructor is not open to other assemblies.</remarks>
public abstract record Citation
{
    private protected Citation(string sourceId) => SourceId = sourceId;

    /// <summary>The id of the <see cref="Source"/> cited.</summary>
    public string SourceId { get; init; }
}
