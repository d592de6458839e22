using DiplomacyGraph.Formats.Export;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Notebooks;

/// <summary>The legend of the drawings: a dot in each kind's colour (<see cref="KindColors"/>, the palette GEXF uses too) and its name.</summary>
internal static class KindLegend
{
    /// <summary>
    /// A legend on one line from (x, y): a dot and the kind's name per kind. Statements are listed only when
    /// <paramref name="withStatements"/> (the drawing holds one), so drawings without them keep their legend.
    /// </summary>
    public static void Draw(Svg svg, double x, double y, bool withStatements)
    {
        foreach (var kind in Enum.GetValues<EntityKind>().Where(k => withStatements || k != EntityKind.Statement))
        {
            svg.Raw($"<circle cx=\"{Svg.Number(x + 6)}\" cy=\"{Svg.Number(y - 4)}\" r=\"6\" fill=\"{KindColors.Hex(kind)}\"/>");
            svg.Text(x + 16, y, kind.ToString(), "fill=\"#333\"");
            x += 16 + (kind.ToString().Length * 7.2) + 18;
        }
    }
}
