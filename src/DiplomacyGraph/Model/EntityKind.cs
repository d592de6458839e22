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

    /// <summary>
    /// Something a person or body said: a warning, a demand, an assessment, an agreement. Its speakers, occasion
    /// and subjects are <c>said</c>, <c>said-at</c> and <c>about</c> relations; see <see cref="StatementDetails"/>.
    /// </summary>
    Statement,
}
