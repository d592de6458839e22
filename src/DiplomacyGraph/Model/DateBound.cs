namespace DiplomacyGraph.Model;

/// <summary>
/// One end of a <see cref="DateRange"/>: a fuzzy date, whether the source states it or the curator
/// inferred it, and whether the end excludes the date itself ("after 2025-05-20", "before 2025-06").
/// </summary>
/// <param name="Date">The date at this end.</param>
/// <param name="Basis">Whether the date is stated by the source or inferred by the curator.</param>
/// <param name="Exclusive">
/// True when the range lies strictly beyond the date: a start bound then begins the day after
/// <see cref="FuzzyDate.Latest"/>, an end bound stops the day before <see cref="FuzzyDate.Earliest"/>.
/// </param>
public readonly record struct DateBound(FuzzyDate Date, DateBasis Basis = DateBasis.Stated, bool Exclusive = false);
