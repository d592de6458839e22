namespace DiplomacyGraph.Queries;

/// <summary>Why two claims cannot both hold.</summary>
public enum ContradictionKind
{
    /// <summary>A relation is stated or alleged, and the same relation (type, ends; either way round for an undirected type) is denied for an overlapping time.</summary>
    AllegedVersusDenied,

    /// <summary>Ties or contact between two parties are denied over a time, yet both took part in a meeting held certainly within it.</summary>
    NoInteractionVersusMeeting,

    /// <summary>The same meeting is reported both held and cancelled.</summary>
    ConflictingMeetingStatus,
}
