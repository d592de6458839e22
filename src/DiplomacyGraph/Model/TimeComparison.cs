namespace DiplomacyGraph.Model;

/// <summary>The one rule for ordering intervals of certainty, shared by every time type.</summary>
internal static class TimeComparison
{
    public static TimeOrder Compare(DateOnly earliestA, DateOnly latestA, DateOnly earliestB, DateOnly latestB)
    {
        if (latestA < earliestB)
        {
            return TimeOrder.Before;
        }

        return earliestA > latestB ? TimeOrder.After : TimeOrder.Overlaps;
    }
}
