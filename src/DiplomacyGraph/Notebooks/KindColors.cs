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
        EntityKind.Statement => "#56B4E9",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown entity kind."),
    };

    /// <summary>
    /// A legend on one line from (x, y): a dot and the kind's name per kind. Statements are listed only when
    /// <paramref name="withStatements"/> (the drawing holds one), so drawings without them keep their legend.
    /// </summary>
    public static void Legend(Svg svg, double x, double y, bool withStatements)
    {
        foreach (var kind in Enum.GetValues<EntityKind>().Where(k => withStatements || k != EntityKind.Statement))
        {
            svg.Raw($"<circle cx=\"{Svg.Number(x + 6)}\" cy=\"{Svg.Number(y - 4)}\" r=\"6\" fill=\"{Of(kind)}\"/>");
            svg.Text(x + 16, y, kind.ToString(), "fill=\"#333\"");
            x += 16 + (kind.ToString().Length * 7.2) + 18;
        }
    }
}
