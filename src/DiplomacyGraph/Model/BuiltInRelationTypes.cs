using System.Collections.Immutable;

namespace DiplomacyGraph.Model;

/// <summary>The built-in relation vocabulary. A dataset may add types of its own; it may not redefine these.</summary>
public static class BuiltInRelationTypes
{
    private static readonly ImmutableArray<EntityKind> Actors = [EntityKind.Person, EntityKind.Country, EntityKind.Organization];
    private static readonly ImmutableArray<EntityKind> Polities = [EntityKind.Country, EntityKind.Organization];

    /// <summary>An actor took part in a meeting (role: host, guest, chair, spokesperson…).</summary>
    public static RelationType Attended { get; } = Define("attended", "An actor took part in a meeting; the role says how.", Actors, [EntityKind.Meeting]);

    /// <summary>A meeting took place at a place.</summary>
    public static RelationType HeldIn { get; } = Define("held-in", "A meeting took place at a place.", [EntityKind.Meeting], [EntityKind.Place]);

    /// <summary>A place or body lies within a place or country.</summary>
    public static RelationType LocatedIn { get; } = Define("located-in", "A place or body lies within a place or country.", [EntityKind.Place, EntityKind.Organization], [EntityKind.Place, EntityKind.Country]);

    /// <summary>A person holds an office (the role) in a country or organization.</summary>
    public static RelationType HoldsOffice { get; } = Define("holds-office", "A person holds an office, named by the role, in a country or organization.", [EntityKind.Person], Polities);

    /// <summary>A person or body belongs to an organization or country.</summary>
    public static RelationType MemberOf { get; } = Define("member-of", "A person or body belongs to an organization or country.", Actors, Polities);

    /// <summary>An actor announced a meeting or event.</summary>
    public static RelationType Announced { get; } = Define("announced", "An actor announced a meeting or event.", Actors, [EntityKind.Meeting]);

    /// <summary>An actor briefed another actor.</summary>
    public static RelationType Briefed { get; } = Define("briefed", "An actor briefed another actor.", Actors, Actors);

    /// <summary>Two actors met (symmetric).</summary>
    public static RelationType Met { get; } = Define("met", "Two actors met.", Actors, Actors, directed: false);

    /// <summary>A state or body formally recognizes another (or its government).</summary>
    public static RelationType Recognizes { get; } = Define("recognizes", "A state or body formally recognizes another, or its government.", Polities, Polities);

    /// <summary>Two states or bodies hold formal diplomatic ties (symmetric).</summary>
    public static RelationType DiplomaticTies { get; } = Define("diplomatic-ties", "Two states or bodies hold formal diplomatic ties.", Polities, Polities, directed: false);

    /// <summary>A state or body keeps representation (the role gives its level) in another.</summary>
    public static RelationType Representation { get; } = Define("representation", "A state or body keeps representation in another; the role gives its level.", Polities, [EntityKind.Country, EntityKind.Organization, EntityKind.Place]);

    /// <summary>An actor accuses another of something.</summary>
    public static RelationType Accuses { get; } = Define("accuses", "An actor accuses another of something.", Actors, []);

    /// <summary>An actor denies a claim about it or another.</summary>
    public static RelationType Denies { get; } = Define("denies", "An actor denies a claim made about it or another.", Actors, []);

    /// <summary>A group operates from a country or place.</summary>
    public static RelationType OperatesFrom { get; } = Define("operates-from", "A group operates from a country or place.", [EntityKind.Organization, EntityKind.Person], [EntityKind.Country, EntityKind.Place]);

    /// <summary>An actor takes measures against another.</summary>
    public static RelationType ActsAgainst { get; } = Define("acts-against", "An actor takes measures against another.", Actors, Actors);

    /// <summary>A government or ruler governs a country or place.</summary>
    public static RelationType Governs { get; } = Define("governs", "A government or ruler governs a country or place.", [EntityKind.Organization, EntityKind.Person], [EntityKind.Country, EntityKind.Place]);

    /// <summary>An actor is concerned about something.</summary>
    public static RelationType ConcernedAbout { get; } = Define("concerned-about", "An actor is concerned about another actor, place or event.", Actors, []);

    /// <summary>An actor made a statement; the role is <c>speaker</c>, or <c>on-behalf-of</c> for the body a speaker spoke for.</summary>
    public static RelationType Said { get; } = Define("said", "An actor made a statement; the role is speaker, or on-behalf-of for the body spoken for.", Actors, [EntityKind.Statement]);

    /// <summary>A statement was made at a meeting (its occasion).</summary>
    public static RelationType SaidAt { get; } = Define("said-at", "A statement was made at a meeting, its occasion.", [EntityKind.Statement], [EntityKind.Meeting]);

    /// <summary>A statement is about an entity.</summary>
    public static RelationType About { get; } = Define("about", "A statement is about an entity.", [EntityKind.Statement], []);

    /// <summary>Every built-in type, in declaration order.</summary>
    public static ImmutableArray<RelationType> All { get; } =
    [
        Attended, HeldIn, LocatedIn, HoldsOffice, MemberOf, Announced, Briefed, Met, Recognizes,
        DiplomaticTies, Representation, Accuses, Denies, OperatesFrom, ActsAgainst, Governs, ConcernedAbout,
        Said, SaidAt, About,
    ];

    private static RelationType Define(string name, string description, ImmutableArray<EntityKind> from, ImmutableArray<EntityKind> to, bool directed = true) =>
        new() { Name = name, Description = description, FromKinds = from, ToKinds = to, Directed = directed };
}
