namespace DiplomacyGraph.Model;

/// <summary>What an entity is.</summary>
public enum EntityKind
{
    /// <summary>A named person, or an office whose holder the sources do not name.</summary>
    Person,

    /// <summary>A state.</summary>
    Country,

    /// <summary>A government, ministry, armed group, outlet or any other body.</summary>
    Organization,

    /// <summary>A city, region or venue.</summary>
    Place,

    /// <summary>A visit, talks, a trilateral meeting, a press briefing, a seminar: an event people attend.</summary>
    Meeting,
}
