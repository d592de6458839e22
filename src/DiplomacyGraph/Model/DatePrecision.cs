namespace DiplomacyGraph.Model;

/// <summary>How much of a calendar date is known.</summary>
public enum DatePrecision
{
    /// <summary>Only the year is known (<c>2025</c>).</summary>
    Year,

    /// <summary>The year and month are known (<c>2025-03</c>).</summary>
    Month,

    /// <summary>The exact day is known (<c>2025-03-22</c>).</summary>
    Day,
}
