using DiplomacyGraph.Model;

namespace DiplomacyGraph.Notebooks;

/// <summary>One row of a timeline drawing: what happened, when (with its uncertainty), and whether it was only planned.</summary>
internal sealed record TimelineItem(string Label, DateRange Time, bool Planned, EntityKind Kind);
