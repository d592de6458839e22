using DiplomacyGraph.Model;
using static DiplomacyGraph.Tests.TestGraphs;

namespace DiplomacyGraph.Tests.Queries;

/// <summary>
/// A hand-built miniature of the seeds: two countries, their office holders, a government, a place, meetings of day and
/// month precision, an older meeting outside the offices' time, an embassy after a date, and denied ties.
/// </summary>
internal static class MiniDiplomacy
{
    public static DiplomaticGraph Build() => Builder()
        .AddEntity(Entity("pakistan", EntityKind.Country))
        .AddEntity(Entity("afghanistan", EntityKind.Country))
        .AddEntity(Entity("envoy"))
        .AddEntity(Entity("minister"))
        .AddEntity(Entity("fm"))
        .AddEntity(Entity("govt", EntityKind.Organization))
        .AddEntity(Entity("kabul", EntityKind.Place))
        .AddEntity(Meeting("talks", "2025-03-22"))
        .AddEntity(Meeting("visit", "2025-03"))
        .AddEntity(Meeting("trilateral", "2025-05-20"))
        .AddEntity(Meeting("old-meeting", "2023-06-01"))
        .AddRelation(Relation("envoy-office", "holds-office", "envoy", "pakistan", "2025", role: "Special Envoy"))
        .AddRelation(Relation("minister-office", "holds-office", "minister", "afghanistan", "2025", role: "acting Foreign Minister"))
        .AddRelation(Relation("fm-office", "holds-office", "fm", "pakistan", "2025", role: "Foreign Minister"))
        .AddRelation(Relation("govt-governs", "governs", "govt", "afghanistan", "2021-08/.."))
        .AddRelation(Relation("kabul-in", "located-in", "kabul", "afghanistan", "unknown"))
        .AddRelation(Relation("envoy-talks", "attended", "envoy", "talks", "2025-03-22", role: "guest", citations: [Cite("the envoy went to the talks")]))
        .AddRelation(Relation("minister-talks", "attended", "minister", "talks", "2025-03-22", role: "host"))
        .AddRelation(Relation("fm-visit", "attended", "fm", "visit", "2025-03", role: "guest"))
        .AddRelation(Relation("govt-visit", "attended", "govt", "visit", "2025-03", role: "host"))
        .AddRelation(Relation("pakistan-trilateral", "attended", "pakistan", "trilateral", "2025-05-20", role: "participant"))
        .AddRelation(Relation("afghanistan-trilateral", "attended", "afghanistan", "trilateral", "2025-05-20", role: "participant"))
        .AddRelation(Relation("envoy-old", "attended", "envoy", "old-meeting", "2023-06-01"))
        .AddRelation(Relation("minister-old", "attended", "minister", "old-meeting", "2023-06-01"))
        .AddRelation(Relation("ties-denied", "diplomatic-ties", "pakistan", "afghanistan", "2021/..", assertion: Assertion.Denied, claimedBy: "fm", citations: [Cite("no official interaction between the two governments")]))
        .AddRelation(Relation("embassy", "representation", "pakistan", "kabul", "after 2025-05-20", role: "embassy"))
        .AddRelation(Relation("envoy-briefed-fm", "briefed", "envoy", "fm", "after 2025-03-22"))
        .AddRelation(Relation("envoy-met-minister", "met", "envoy", "minister", "2025-03-22"))
        .Build();
}
