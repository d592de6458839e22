using System.Collections.Immutable;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>
/// How much of one source the dataset uses (<see cref="SourceQueries.Coverage"/>): how many facts cite it, and which of
/// its sentences no quote covers, the next ones to model.
/// </summary>
/// <param name="Source">The source.</param>
/// <param name="Facts">How many entities and relations cite it (a quote or a record, a meeting's status reports included).</param>
/// <param name="Sentences">How many sentences its text has; null when the text is not available.</param>
/// <param name="Uncited">Its sentences no quote of the dataset lies in, in text order (empty when the text is not available).</param>
public sealed record SourceCoverage(Source Source, int Facts, int? Sentences, ImmutableArray<string> Uncited);
