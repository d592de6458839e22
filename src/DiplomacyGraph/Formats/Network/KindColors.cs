using DiplomacyGraph.Model;

namespace DiplomacyGraph.Formats.Network;

/// <summary>The colour each entity kind is drawn in (docs/formats.md): distinct hues that stay apart for common colour blindness.</summary>
internal static class KindColors
{
    public static (byte R, byte G, byte B) Of(EntityKind kind) => kind switch
    {
        EntityKind.Person => (0x1f, 0x77, 0xb4),
        EntityKind.Country => (0xd6, 0x27, 0x28),
        EntityKind.Organization => (0x2c, 0xa0, 0x2c),
        EntityKind.Place => (0x94, 0x67, 0xbd),
        EntityKind.Meeting => (0xff, 0x7f, 0x0e),
        EntityKind.Statement => (0x17, 0xbe, 0xcf),
        _ => (0x7f, 0x7f, 0x7f),
    };
}
