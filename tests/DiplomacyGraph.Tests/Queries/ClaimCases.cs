using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;

namespace DiplomacyGraph.Tests.Queries;

/// <summary>The case of a contradiction's claim, asserted: the test fails when the claim is the other case.</summary>
internal static class ClaimCases
{
    public static Relation RelationOf(this ContradictionClaim claim) => Assert.IsType<RelationClaim>(claim).Relation;

    public static Entity MeetingOf(this ContradictionClaim claim) => Assert.IsType<MeetingStatusClaim>(claim).Meeting;

    public static MeetingStatus StatusOf(this ContradictionClaim claim) => Assert.IsType<MeetingStatusClaim>(claim).Status;
}
