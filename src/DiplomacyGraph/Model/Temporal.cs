namespace DiplomacyGraph.Model;

/// <summary>The one rule for ordering intervals of certainty, shared by every time type.</summary>
internal static class Temporal
{
    public static TemporalOrder Compare(DateOnly earliestA, DateOnly latestA, DateOnly earliestB, DateOnly latestB)
    {
        if (latestA < earliestB)
        {
            return TemporalOrder.Before;
        }

        return earliestA > latestB ? TemporalOrder.After : TemporalOrder.Overlaps;
    }
}
