using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>Who made a statement, and how: a <c>said</c> relation's start.</summary>
public sealed record StatementSpeaker
{
    /// <summary>Made by the queries only: a field added later does not break callers.</summary>
    internal StatementSpeaker(Entity speaker, string? role, Relation relation)
    {
        Speaker = speaker;
        Role = role;
        Relation = relation;
    }

    /// <summary>The person, country or organization.</summary>
    public Entity Speaker { get; init; }

    /// <summary><c>speaker</c>, <c>on-behalf-of</c>, or another role the data gives; <see langword="null"/> when none.</summary>
    public string? Role { get; init; }

    /// <summary>The <c>said</c> relation, with its citations and inference mark.</summary>
    public Relation Relation { get; init; }

    /// <summary>The name with the role: <c>Ishaq Dar (speaker)</c>.</summary>
    public override string ToString() => Role is null ? Speaker.Name : $"{Speaker.Name} ({Role})";
}
