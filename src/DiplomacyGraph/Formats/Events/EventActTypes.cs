using DiplomacyGraph.Model;

namespace DiplomacyGraph.Formats.Events;

/// <summary>
/// The relation types coded events become, one per statement act (<see cref="StatementActs.FromCameo"/>): named by the
/// act in lower case, directed, from an actor to an actor or (for a one-actor event) a place.
/// </summary>
public static class EventActTypes
{
    /// <summary>The type name of an act's events: <c>agree</c>, <c>consult</c>, <c>request</c>, …</summary>
    /// <param name="act">The act.</param>
    public static string Name(StatementAct act) =>
        (uint)act < (uint)Names.Length && Names[(int)act] is { } name ? name : act.ToString().ToLowerInvariant();

    // Made once: every imported relation's type is one of these strings, not a string of its own made per row.
    private static readonly string?[] Names = MakeNames();

    private static string?[] MakeNames()
    {
        var acts = Enum.GetValues<StatementAct>();
        var names = new string?[acts.Max(a => (int)a) + 1];
        foreach (var act in acts)
        {
            names[(int)act] = act.ToString().ToLowerInvariant();
        }

        return names;
    }

    /// <summary>The relation type an import declares for an act's events.</summary>
    /// <param name="act">The act.</param>
    public static RelationType Of(StatementAct act) => new()
    {
        Name = Name(act),
        Directed = true,
        FromKinds = [EntityKind.Person, EntityKind.Country, EntityKind.Organization],
        ToKinds = [EntityKind.Person, EntityKind.Country, EntityKind.Organization, EntityKind.Place],
        Description = $"A coded event (ICEWS, GDELT) whose CAMEO code is the act '{Name(act)}' (CAMEO {string.Join(", ", StatementActs.CameoCodes(act))}); the code and its description are attributes.",
    };
}
