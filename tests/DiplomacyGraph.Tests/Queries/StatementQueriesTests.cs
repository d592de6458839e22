using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;
using static DiplomacyGraph.Tests.TestGraphs;

namespace DiplomacyGraph.Tests.Queries;

public class StatementQueriesTests
{
    /// <summary>Dar (Pakistan's foreign minister) warns, at his Kabul visit, about the TTP and Afghanistan; Afghanistan and Pakistan agree.</summary>
    private static DiplomaticGraph Graph() => Builder()
        .AddEntity(Entity("dar"))
        .AddEntity(Entity("pakistan", EntityKind.Country))
        .AddEntity(Entity("afghanistan", EntityKind.Country))
        .AddEntity(Entity("ttp", EntityKind.Organization))
        .AddEntity(Meeting("kabul-visit", "2025-04-19"))
        .AddEntity(Statement("dar-warns", StatementAct.Request, SpeechMode.Quoted, "Dar: act against the TTP"))
        .AddEntity(Statement("agreement", StatementAct.Agree, SpeechMode.Reported, "they agreed to meet again"))
        .AddRelation(Relation("dar-fm", "holds-office", "dar", "pakistan", "2025", role: "Foreign Minister"))
        .AddRelation(Untimed("dar-said", "said", "dar", "dar-warns", "speaker"))
        .AddRelation(Untimed("pakistan-said", "said", "pakistan", "dar-warns", "on-behalf-of"))
        .AddRelation(Untimed("warns-at", "said-at", "dar-warns", "kabul-visit"))
        .AddRelation(Untimed("warns-about-ttp", "about", "dar-warns", "ttp"))
        .AddRelation(Untimed("warns-about-afghanistan", "about", "dar-warns", "afghanistan"))
        .AddRelation(Untimed("pakistan-agreed", "said", "pakistan", "agreement", "speaker"))
        .AddRelation(Untimed("afghanistan-agreed", "said", "afghanistan", "agreement", "speaker"))
        .Build();

    private static Entity Statement(string id, StatementAct act, SpeechMode speech, string quote) => new()
    {
        Id = id, Kind = EntityKind.Statement, Name = id, Citations = [Cite(quote)],
        Statement = new StatementDetails { Act = act, Speech = speech, Time = DateRange.Parse("2025-04-19") },
    };

    private static Relation Untimed(string id, string type, string from, string to, string? role = null) => new()
    {
        Id = id, Type = type, From = from, To = to, Role = role, Citations = [Cite()],
    };

    [Fact]
    public void Speakers_occasion_and_subjects_come_from_the_statements_relations()
    {
        var facts = Graph().StatementFacts("dar-warns");

        Assert.Equal([("dar", "speaker"), ("pakistan", "on-behalf-of")], facts.Speakers.Select(s => (s.Speaker.Id, s.Role!)));
        Assert.Equal("kabul-visit", facts.Occasion?.Id);
        Assert.Equal(["ttp", "afghanistan"], facts.Subjects.Select(s => s.Id));
        Assert.Equal(["Dar: act against the TTP"], facts.Words.Select(w => w.Quote!));
        Assert.Equal((StatementAct.Request, SpeechMode.Quoted), (facts.Details.Act, facts.Details.Speech));
        Assert.Throws<ArgumentException>(() => Graph().StatementFacts("dar"));
    }

    [Fact]
    public void A_speakers_timeline_has_a_statement_row_with_its_occasion()
    {
        var rows = Graph().Timeline("dar").Where(r => r.Kind == HistoryEntryKind.Statement).ToList();

        var row = Assert.Single(rows);
        Assert.Equal(("dar-warns", "said", "speaker", "kabul-visit"), (row.Id, row.Type, row.Role!, row.Meeting?.Id!));
        Assert.Equal("dar-warns", row.OtherParty.Id);
        Assert.Equal("2025-04-19", row.Time.ToString());
        Assert.Equal("Dar: act against the TTP", row.Citations[0].Quote);
    }

    [Fact]
    public void A_subjects_timeline_has_the_statement_about_it()
    {
        var row = Assert.Single(Graph().Timeline("ttp"), r => r.Kind == HistoryEntryKind.Statement);

        Assert.Equal(("dar-warns", "about", "subject"), (row.Id, row.Type, row.Role!));
    }

    [Fact]
    public void A_pair_history_has_statements_one_side_made_by_or_about_the_other()
    {
        var rows = Graph().History("pakistan", "afghanistan").Where(r => r.Kind == HistoryEntryKind.Statement).ToList();

        Assert.Equal(["agreement", "dar-warns"], rows.Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.All(rows, r => Assert.Equal("pakistan", r.Party.Id));
        var warning = rows.Single(r => r.Id == "dar-warns");
        Assert.Equal(["pakistan-said", "warns-about-afghanistan"], warning.Relations.Select(r => r.Id));
    }

    [Fact]
    public void Through_its_members_a_country_takes_part_in_what_its_minister_said()
    {
        var rows = Graph().History("pakistan", "ttp", viaMembers: true).Where(r => r.Kind == HistoryEntryKind.Statement).ToList();

        var row = Assert.Single(rows);
        Assert.Equal("dar-warns", row.Id);
        Assert.Contains(row.Relations, r => r.Id == "warns-about-ttp");
    }
}
