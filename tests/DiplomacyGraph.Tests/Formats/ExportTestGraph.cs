using DiplomacyGraph.Model;

namespace DiplomacyGraph.Tests.Formats;

/// <summary>A small fixed graph for the network exports: a meeting with two attendees and a place, parallel relations, open-ended times.</summary>
internal static class ExportTestGraph
{
    public static DiplomaticGraph Create() => new GraphBuilder()
        .AddSource(new Source { Id = "wire", Title = "Wire report", Outlet = "Test Wire", Published = DateRange.Parse("2025-05") })
        .AddEntity(new Entity { Id = "dar", Kind = EntityKind.Person, Name = "Ishaq Dar", Aliases = ["Dar"] })
        .AddEntity(new Entity { Id = "muttaqi", Kind = EntityKind.Person, Name = "Amir Khan Muttaqi" })
        .AddEntity(new Entity { Id = "pakistan", Kind = EntityKind.Country, Name = "Pakistan" })
        .AddEntity(new Entity { Id = "afghanistan", Kind = EntityKind.Country, Name = "Afghanistan" })
        .AddEntity(new Entity { Id = "kabul", Kind = EntityKind.Place, Name = "Kabul" })
        .AddEntity(new Entity
        {
            Id = "kabul-talks", Kind = EntityKind.Meeting, Name = "Kabul talks",
            Citations = [new QuoteCitation("wire", "Dar met Muttaqi in Kabul on April 19")],
            Meeting = new MeetingDetails
            {
                Time = DateRange.Parse("2025-04-19"),
                Statuses = [new StatusReport { Status = MeetingStatus.Planned, Citations = [new QuoteCitation("wire", "Dar will visit Kabul")] }, new StatusReport { Status = MeetingStatus.Held }],
                Topics = ["trade", "security"],
            },
        })
        .AddRelation(Relation("dar-attended", "attended", "dar", "kabul-talks", "2025-04-19", "guest", "Dar met Muttaqi"))
        .AddRelation(Relation("muttaqi-attended", "attended", "muttaqi", "kabul-talks", "2025-04-19", "host", "Muttaqi received Dar"))
        .AddRelation(Relation("talks-in-kabul", "held-in", "kabul-talks", "kabul", "2025-04-19", null, "in Kabul"))
        .AddRelation(Relation("ties", "diplomatic-ties", "pakistan", "afghanistan", "2021/..", "chargé d'affaires", "ties since 2021"))
        .AddRelation(Relation("ties-upgrade", "diplomatic-ties", "pakistan", "afghanistan", "after 2025-05-20 (inferred)", "ambassador", "upgraded | to ambassadors"))
        .AddRelation(Relation("accuses", "accuses", "pakistan", "afghanistan", "before 2025-06", null, "Pakistan accused Kabul"))
        .Build();

    private static Relation Relation(string id, string type, string from, string to, string time, string? role, string quote) => new()
    {
        Id = id, Type = type, From = from, To = to, Time = DateRange.Parse(time), Role = role,
        Assertion = type == "accuses" ? Assertion.Alleged : Assertion.Stated,
        ClaimedBy = type == "accuses" ? "pakistan" : null,
        Citations = [new QuoteCitation("wire", quote)],
    };
}
