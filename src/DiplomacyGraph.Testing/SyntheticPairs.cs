using DiplomacyGraph.Model;

namespace DiplomacyGraph.Testing;

/// <summary>
/// Draws the type and endpoints of a free-standing relation (not an office or an attendance), each type with a
/// weight and endpoints of the kinds its <see cref="RelationType"/> allows, drawn by activity (Zipf).
/// </summary>
internal sealed class SyntheticPairs(
    SplitMix64 random,
    ZipfSampler<Entity> actors,
    ZipfSampler<Entity> polities,
    ZipfSampler<Entity> countries,
    ZipfSampler<Entity> persons,
    ZipfSampler<Entity> organizations)
{
    private enum Pool
    {
        Actor,
        Polity,
        Country,
        Person,
        Organization,
        Meeting,
    }

    private static readonly (string Type, Pool From, Pool To, int Weight)[] Templates =
    [
        ("met", Pool.Actor, Pool.Actor, 30),
        ("briefed", Pool.Actor, Pool.Actor, 10),
        ("member-of", Pool.Actor, Pool.Polity, 6),
        ("accuses", Pool.Actor, Pool.Actor, 8),
        ("denies", Pool.Actor, Pool.Actor, 4),
        ("acts-against", Pool.Actor, Pool.Actor, 5),
        ("concerned-about", Pool.Actor, Pool.Actor, 5),
        ("diplomatic-ties", Pool.Country, Pool.Country, 5),
        ("recognizes", Pool.Polity, Pool.Polity, 2),
        ("representation", Pool.Polity, Pool.Country, 3),
        ("governs", Pool.Person, Pool.Country, 2),
        ("operates-from", Pool.Organization, Pool.Country, 2),
        ("announced", Pool.Actor, Pool.Meeting, 5),
    ];

    private static readonly int TotalWeight = Templates.Sum(t => t.Weight);

    /// <summary>A country or organization, by activity.</summary>
    public Entity Polity() => polities.Next(random);

    /// <summary>A relation type and two distinct endpoints it allows. <paramref name="meeting"/> is the target of an announcement, when there are meetings.</summary>
    public (string Type, Entity From, Entity To) Next(Entity? meeting)
    {
        while (true)
        {
            var (type, fromPool, toPool, _) = Template();
            if (toPool == Pool.Meeting && meeting is null)
            {
                continue;
            }

            var from = Draw(fromPool, meeting);
            var to = Draw(toPool, meeting);
            if (!ReferenceEquals(from, to))
            {
                return (type, from, to);
            }
        }
    }

    private (string Type, Pool From, Pool To, int Weight) Template()
    {
        var roll = random.Next(TotalWeight);
        foreach (var template in Templates)
        {
            if (roll < template.Weight)
            {
                return template;
            }

            roll -= template.Weight;
        }

        throw new InvalidOperationException("The template weights do not add up.");
    }

    private Entity Draw(Pool pool, Entity? meeting) => pool switch
    {
        Pool.Actor => actors.Next(random),
        Pool.Polity => polities.Next(random),
        Pool.Country => countries.Next(random),
        Pool.Person => persons.Next(random),
        Pool.Organization => organizations.Next(random),
        _ => meeting!,
    };
}
