using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>One answer of <see cref="SearchQueries.Search"/>: the matching text, the fact that cites it, and its source.</summary>
public sealed record SearchHit
{
    /// <summary>Made by the queries only: a field added later does not break callers.</summary>
    internal SearchHit(double score, SearchField field, string text, Entity? entity, Relation? relation, ResolvedCitation? citation, string? fact)
    {
        Score = score;
        Field = field;
        Text = text;
        Entity = entity;
        Relation = relation;
        Citation = citation;
        Fact = fact;
    }

    /// <summary>Higher is better: a phrase beats scattered words; names beat quotes beat source sentences.</summary>
    public double Score { get; init; }

    /// <summary>Where the text was found.</summary>
    public SearchField Field { get; init; }

    /// <summary>The matching text: the name or alias, or the source sentence holding the quote (the quote itself when the source text is not available).</summary>
    public string Text { get; init; }

    /// <summary>The entity whose name matched or that cites the quote (a meeting, a statement, a person…), if any.</summary>
    public Entity? Entity { get; init; }

    /// <summary>The relation that cites the quote, if any.</summary>
    public Relation? Relation { get; init; }

    /// <summary>The citation (source, title and quote) behind the hit; the sentence's source for a source-text hit; null for a name.</summary>
    public ResolvedCitation? Citation { get; init; }

    /// <summary>The fact in words, names not ids (<c>Ishaq Dar —visited→ Kabul (2025-04-19)</c>); null for a source sentence no fact cites.</summary>
    public string? Fact { get; init; }

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
