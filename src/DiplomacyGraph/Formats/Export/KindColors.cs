using System.Globalization;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Formats.Export;

/// <summary>
/// The one colour palette of the package (docs/formats.md): the colour each entity kind is drawn in, in GEXF exports and in
/// the notebook's SVG drawings alike. Okabe–Ito hues, which stay apart for the common colour blindnesses.
/// </summary>
internal static class KindColors
{
    /// <summary>The kind's colour as red, green, blue.</summary>
    public static (byte R, byte G, byte B) Of(EntityKind kind) => kind switch
    {
        EntityKind.Person => (0x00, 0x72, 0xB2),
        EntityKind.Country => (0xD5, 0x5E, 0x00),
        EntityKind.Organization => (0x00, 0x9E, 0x73),
        EntityKind.Place => (0xCC, 0x79, 0xA7),
        EntityKind.Meeting => (0xE6, 0x9F, 0x00),
        EntityKind.Statement => (0x56, 0xB4, 0xE9),
        _ => (0x99, 0x99, 0x99),
    };

    /// <summary>The kind's colour as <c>#RRGGBB</c>.</summary>
    public static string Hex(EntityKind kind)
    {
        var (r, g, b) = Of(kind);
        return string.Create(CultureInfo.InvariantCulture, $"#{r:X2}{g:X2}{b:X2}");
    }
}
