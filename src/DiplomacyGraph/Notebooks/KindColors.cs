using DiplomacyGraph.Model;

namespace DiplomacyGraph.Notebooks;

/// <summary>One colour per entity kind (the Okabe–Ito palette, distinguishable with colour-blindness).</summary>
internal static class KindColors
{
    public static string Of(EntityKind kind) => kind switch
    {
        EntityKind.Person => "#0072B2",
        EntityKind.Country => "#D55E00",
        EntityKind.Organization => "#009E73",
        EntityKind.Place => "#CC79A7",
        EntityKind.Meeting => "#E69F00",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown entity kind."),
    };

    /// <summary>A legend: a dot and the kind's name per kind, in a column from (x, y).</summary>
    public static void Legend(Svg svg, double x, double y)
    {
        foreach (var (kind, i) in Enum.GetValues<EntityKind>().Select((k, i) => (k, i)))
        {
            var row = y + (i * 18);
            svg.Raw($"<circle cx=\"{Svg.Number(x + 6)}\" cy=\"{Svg.Number(row - 4)}\" r=\"6\" fill=\"{Of(kind)}\"/>");
            svg.Text(x + 18, row, kind.ToString(), "fill=\"#333\"");
        }
    }
}
