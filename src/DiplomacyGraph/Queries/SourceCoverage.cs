using System.Collections.Immutable;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>
/// How much of one source the dataset uses (<see cref="SourceQueries.Coverage"/>): how many facts cite it, and which of
/// its sentences no quote covers, the next ones to model.
/// </summary>
public sealed record SourceCoverage
{
    /// <summary>Made by the queries only: a field added later does not break callers.</summary>
    internal SourceCoverage(Source source, int facts, int? sentences, ImmutableArray<string> uncited)
    {
        Source = source;
        Facts = facts;
        Sentences = sentences;
        Uncited = uncited;
    }

    /// <summary>The source.</summary>
    public Source Source { get; init; }

    /// <summary>How many entities and relations cite it (a quote or a record, a meeting's status reports included).</summary>
    public int Facts { get; init; }

    /// <summary>How many sentences its text has; null when the text is not available.</summary>
    public int? Sentences { get; init; }

    /// <summary>Its sentences no quote of the dataset lies in, in text order (empty when the text is not available).</summary>
    public ImmutableArray<string> Uncited { get; init; }
}
