using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>One answer of <see cref="SearchQueries.Search"/>: the matching text, the fact that cites it, and its source.</summary>
/// <param name="Score">Higher is better: a phrase beats scattered words; names beat quotes beat source sentences.</param>
/// <param name="Field">Where the text was found.</param>
/// <param name="Text">The matching text: the name or alias, or the source sentence holding the quote (the quote itself when the source text is not available).</param>
/// <param name="Entity">The entity whose name matched or that cites the quote (a meeting, a statement, a person…), if any.</param>
/// <param name="Relation">The relation that cites the quote, if any.</param>
/// <param name="Citation">The citation (source, title and quote) behind the hit; the sentence's source for a source-text hit; null for a name.</param>
/// <param name="Fact">The fact in words, names not ids (<c>Ishaq Dar —visited→ Kabul (2025-04-19)</c>); null for a source sentence no fact cites.</param>
public sealed record SearchHit(double Score, SearchField Field, string Text, Entity? Entity, Relation? Relation, ResolvedCitation? Citation, string? Fact)
{
    /// <summary>True for a source sentence that no entity or relation cites.</summary>
    public bool Uncited => Fact is null;

    /// <summary>What was found where, in one line: <c>quote of Ishaq Dar —visited→ Kabul (2025-04-19): “…” (source-id)</c>.</summary>
    public string Describe() => Field switch
    {
        SearchField.Name or SearchField.Alias => $"{Field.ToString().ToLowerInvariant()}: {Fact}",
        SearchField.Quote => $"quoted for {Fact}",
        _ => Uncited ? $"source text, cited by no fact: {Citation?.SourceTitle}" : $"source text around the quote for {Fact}",
    };

    /// <inheritdoc/>
    public override string ToString() => Citation is null ? Describe() : $"{Describe()}: “{Text}” ({Citation.SourceId})";
}
