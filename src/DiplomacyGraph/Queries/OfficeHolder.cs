using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>Someone who held an office at a date, and the <c>holds-office</c> relation that says so.</summary>
/// <param name="Holder">The person.</param>
/// <param name="Office">The <c>holds-office</c> relation: role, time, citations.</param>
public sealed record OfficeHolder(Entity Holder, Relation Office);
