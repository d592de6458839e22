namespace DiplomacyGraph.Model;

/// <summary>Why a date bound is what it is.</summary>
public enum DateBasis
{
    /// <summary>The cited source states it.</summary>
    Stated,

    /// <summary>The curator deduced it from context (for example the year of "March 22").</summary>
    Inferred,
}
