using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>Who made a statement, and how: a <c>said</c> relation's start.</summary>
/// <param name="Speaker">The person, country or organization.</param>
/// <param name="Role"><c>speaker</c>, <c>on-behalf-of</c>, or another role the data gives; <see langword="null"/> when none.</param>
/// <param name="Relation">The <c>said</c> relation, with its citations and inference mark.</param>
public sealed record StatementSpeaker(Entity Speaker, string? Role, Relation Relation)
{
    /// <summary>The name with the role: <c>Ishaq Dar (speaker)</c>.</summary>
    public override string ToString() => Role is null ? Speaker.Name : $"{Speaker.Name} ({Role})";
}
