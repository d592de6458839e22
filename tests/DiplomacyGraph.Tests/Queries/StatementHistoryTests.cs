using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;
using static DiplomacyGraph.Tests.TestGraphs;

namespace DiplomacyGraph.Tests.Queries;

/// <summary>Statements as history and timeline rows: speakers and subjects as parties, the act, quoted or reported, the occasion.</summary>
public class StatementHistoryTests
{
    private static readonly DiplomaticGraph Graph = Builder()
        .AddEntity(Entity("pakistan", EntityKind.Country)).AddEntity(Entity("afghanistan", EntityKind.Country))
        .AddEntity(Entity("dar")).AddEntity(Entity("ttp", EntityKind.Organization))
        .AddEntity(Meeting("kabul-visit", "2025-04-19"))
        .AddEntity(Statement("dar-asks", StatementAct.Request, SpeechMode.Quoted, "2025-04-19"))
        .AddEntity(Statement("both-agree", StatementAct.Agree, SpeechMode.Reported, "2025-05-20"))
        .AddEntity(Statement("dar-on-ttp", StatementAct.Accuse, SpeechMode.Reported, "2025-06"))
        .AddRelation(Relation("dar-office", "holds-office", "dar", "pakistan", "2025", role: "Foreign Minister"))
        .AddRelation(Relation("dar-at-kabul", "attended", "dar", "kabul-visit", "2025-04-19"))
        .AddRelation(Relation("dar-said-asks", "said", "dar", "dar-asks", "2025-04-19", role: "speaker"))
        .AddRelation(Relation("asks-at-kabul", "said-at", "dar-asks", "kabul-visit", "2025-04-19"))
        .AddRelation(Relation("asks-about-afghanistan", "about", "dar-asks", "afghanistan", "2025-04-19"))
        .AddRelation(Relation("pakistan-agrees", "said", "pakistan", "both-agree", "2025-05-20", role: "on-behalf-of"))
        .AddRelation(Relation("afghanistan-agrees", "said", "afghanistan", "both-agree", "2025-05-20", role: "on-behalf-of"))
        .AddRelation(Relation("dar-said-ttp", "said", "dar", "dar-on-ttp", "2025-06"))
        .AddRelation(Relation("ttp-about", "about", "dar-on-ttp", "ttp", "2025-06"))
        .Build();

    private static Entity Statement(string id, StatementAct act, SpeechMode speech, string time) => new()
    {
        Id = id, Kind = EntityKind.Statement, Name = id, Citations = [Cite($"words of {id}")],
        Statement = new StatementDetails { Act = act, Speech = speech, Time = DateRange.Parse(time) },
    };

    [Fact]
    public void A_history_lists_statements_one_side_made_about_or_with_the_other_as_statement_rows()
    {
        var rows = Graph.History("pakistan", "afghanistan");

        Assert.Equal(["dar-asks", "both-agree"], rows.Where(r => r.Kind == HistoryEntryKind.Statement).Select(r => r.Id));
        var asks = rows.Single(r => r.Id == "dar-asks");
        Assert.Equal(("dar", "afghanistan"), (asks.Party.Id, asks.OtherParty.Id));
        Assert.Equal("said", asks.Type);
        Assert.Equal("speaker", asks.Role);
        Assert.Equal(StatementAct.Request, asks.Statement!.Statement!.Act);
        Assert.Equal("kabul-visit", asks.Meeting!.Id);
        Assert.Equal(["dar (speaker; for pakistan)", "afghanistan (about)"], asks.Parties.Select(p => p.ToString()));
        Assert.Equal(["dar for pakistan"], asks.Through);
        Assert.Contains(asks.Citations, c => c.Quote == "words of dar-asks");
        var agree = rows.Single(r => r.Id == "both-agree");
        Assert.Equal(["pakistan", "afghanistan"], agree.Parties.Select(p => p.Entity.Id));
        Assert.Equal(["on-behalf-of", "on-behalf-of"], agree.Parties.Select(p => p.Role));
        Assert.DoesNotContain(rows, r => r.Id == "dar-on-ttp");
    }

    [Fact]
    public void A_direct_history_keeps_only_statements_the_two_made_or_are_the_subject_of_themselves()
    {
        Assert.Equal(["both-agree"], Graph.History("pakistan", "afghanistan", direct: true).Select(r => r.Id));
    }

    [Fact]
    public void A_timeline_shows_each_statement_once_instead_of_its_said_and_about_relations()
    {
        var rows = Graph.Timeline("dar");

        // Same day: relation rows, then meeting rows, then statement rows.
        Assert.Equal(["dar-office", "kabul-visit", "dar-asks", "dar-on-ttp"], rows.Select(r => r.Id));
        Assert.Equal([HistoryEntryKind.Relation, HistoryEntryKind.Meeting, HistoryEntryKind.Statement, HistoryEntryKind.Statement], rows.Select(r => r.Kind));
        Assert.Equal(["dar (speaker)", "ttp (about)"], rows[3].Parties.Select(p => p.ToString()));
        Assert.Equal(SpeechMode.Reported, rows[3].Statement!.Statement!.Speech);
        Assert.Equal(["dar-asks", "both-agree"], Graph.Timeline("afghanistan", direct: true).Select(r => r.Id));
    }
}
