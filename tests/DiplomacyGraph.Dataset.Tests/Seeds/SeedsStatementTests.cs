using DiplomacyGraph.Model;

// Not DiplomacyGraph.Tests.Seeds: a namespace of that name would hide the Seeds class from the other tests.
namespace DiplomacyGraph.Tests.Dataset;

/// <summary>Who said what in the seeds: every statement has a speaker and its words; quoted means quoted; agreements have parties.</summary>
[Collection(SeedsGraphCollection.Name)]
public sealed class SeedsStatementTests(SeedsGraphFixture seeds)
{
    private static readonly string[] Roles = ["speaker", "on-behalf-of"];

    private IEnumerable<Entity> Statements => seeds.Graph.EntitiesOfKind(EntityKind.Statement);

    [Fact]
    public void There_are_statements_from_every_article()
    {
        var bySource = Statements.GroupBy(s => s.Citations[0].SourceId).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(seeds.Graph.Sources.Select(s => s.Id).Order(StringComparer.Ordinal), bySource.Keys.Order(StringComparer.Ordinal));
        Assert.True(Statements.Count() >= 40, $"only {Statements.Count()} statements");
    }

    [Fact]
    public void Every_statement_has_an_act_a_speech_mode_its_words_from_one_article_and_someone_who_said_it()
    {
        Assert.All(Statements, s =>
        {
            Assert.NotNull(s.Statement);
            var sources = s.Citations.Select(c => c.SourceId).Distinct().ToList();
            Assert.True(sources.Count == 1, $"{s.Id} cites {string.Join(", ", sources)}: one statement per article");
            var said = Said(s.Id);
            Assert.True(said.Count > 0, $"{s.Id}: nobody said it");
            Assert.All(said, r => Assert.Contains(r.Role, Roles));
        });
    }

    [Fact]
    public void A_quoted_statement_cites_words_in_quotation_marks_and_a_paraphrase_with_a_quoted_phrase_is_reported()
    {
        Assert.All(Statements.Where(s => s.Statement!.Speech == SpeechMode.Quoted), s =>
            Assert.True(Quotes(s.Citations).Any(q => q.Contains('“', StringComparison.Ordinal) || q.Contains('”', StringComparison.Ordinal)), $"{s.Id} is quoted but none of its citations has quotation marks"));
        Assert.Equal(SpeechMode.Reported, seeds.Entity("foreign-office-recognition-distant-prospect").Statement!.Speech);
        Assert.Equal(SpeechMode.Reported, seeds.Entity("khan-visit-very-successful").Statement!.Speech);
        Assert.Equal(SpeechMode.Reported, seeds.Entity("dar-ties-not-restored-since-2021").Statement!.Speech);
        Assert.Equal(SpeechMode.Quoted, seeds.Entity("dar-no-official-interaction").Statement!.Speech);
    }

    [Fact]
    public void A_reported_statement_never_passes_a_paraphrase_off_as_the_speakers_words()
    {
        // Reported statements by article 002's Dar: the paraphrases carry no quotation marks at all.
        string[] paraphrases = ["dar-ties-not-restored-since-2021", "dar-kabul-visit-serious-effort", "dar-beijing-meeting-regional-cooperation", "dar-concern-ttp-afghan-soil"];
        Assert.All(paraphrases, id =>
        {
            var statement = seeds.Entity(id);
            Assert.Equal(SpeechMode.Reported, statement.Statement!.Speech);
            Assert.All(Quotes(statement.Citations), q => Assert.DoesNotContain('“', q));
        });
    }

    [Fact]
    public void Every_speaker_who_is_a_named_person_is_named_in_a_citation_of_the_said_relation()
    {
        var unnamedSpeakers = seeds.Graph.Relations
            .Where(r => r.Type == "said" && seeds.Entity(r.From) is { Kind: EntityKind.Person } p && !p.Attributes.ContainsKey("unnamed"))
            .Where(r => !Quotes(r.Citations).Any(q => Names(seeds.Entity(r.From)).Any(n => q.Contains(n, StringComparison.Ordinal))))
            .Select(r => r.Id);
        Assert.Empty(unnamedSpeakers);
    }

    [Fact]
    public void Every_occasion_is_a_meeting_and_a_statement_has_at_most_one()
    {
        var saidAt = seeds.Graph.Relations.Where(r => r.Type == "said-at").ToList();
        Assert.True(saidAt.Count >= 20, $"only {saidAt.Count} occasions");
        Assert.All(saidAt, r => Assert.Equal(EntityKind.Meeting, seeds.Entity(r.To).Kind));
        Assert.All(saidAt.GroupBy(r => r.From), g => Assert.Single(g));
    }

    [Fact]
    public void What_Dar_said_about_the_ttp_is_a_concern_and_an_appeal_to_the_taliban_in_kuala_lumpur()
    {
        var aboutTtp = StatementsBy("ishaq-dar").Where(s => About(s.Id).Contains("tehreek-e-taliban-pakistan")).ToList();

        Assert.Equal(["dar-concern-ttp-afghan-soil", "dar-urges-taliban-to-confront-ttp"], aboutTtp.Select(s => s.Id).Order(StringComparer.Ordinal));
        var urge = seeds.Entity("dar-urges-taliban-to-confront-ttp");
        Assert.Equal((StatementAct.Request, SpeechMode.Quoted), (urge.Statement!.Act, urge.Statement.Speech));
        Assert.Contains("taliban", About(urge.Id));
        Assert.Equal("kuala-lumpur-regional-meeting", Assert.Single(seeds.Graph.Relations, r => r.Type == "said-at" && r.From == urge.Id).To);
        Assert.Contains(Quotes(urge.Citations), q => q.StartsWith("“We have urged the Taliban to seriously confront the TTP threat.", StringComparison.Ordinal));
        Assert.Equal(StatementAct.Accuse, seeds.Entity("dar-concern-ttp-afghan-soil").Statement!.Act);
    }

    [Fact]
    public void The_agreements_are_the_three_the_articles_report_each_between_pakistan_and_afghanistan()
    {
        var agreements = Statements.Where(s => s.Statement!.Act == StatementAct.Agree && Said(s.Id).Count >= 2).ToList();

        Assert.Equal(
            ["agreement-continue-engagement-kabul-visit", "agreement-increase-high-level-dialogue", "agreement-maximize-regional-trade"],
            agreements.Select(a => a.Id).Order(StringComparer.Ordinal));
        Assert.All(agreements, a => Assert.Equal(["afghanistan", "pakistan"], Said(a.Id).Select(r => r.From).Order(StringComparer.Ordinal)));
        Assert.Equal("sadiq-kabul-visit-2025-03", Assert.Single(seeds.Graph.Relations, r => r.Type == "said-at" && r.From == "agreement-continue-engagement-kabul-visit").To);
    }

    [Fact]
    public void Both_sides_signalling_interest_in_dialogue_is_not_an_agreement()
    {
        Assert.Equal(["pakistan"], Said("pakistan-signals-interest-in-dialogue").Select(r => r.From));
        Assert.Equal(["taliban"], Said("taliban-signal-interest-in-dialogue").Select(r => r.From));
    }

    [Fact]
    public void Sadiq_threatens_at_the_seminar_that_all_deals_are_off_and_the_taliban_reject_islamabads_claims()
    {
        var threat = seeds.Entity("sadiq-all-deals-off");
        Assert.Equal((StatementAct.Threaten, SpeechMode.Quoted), (threat.Statement!.Act, threat.Statement.Speech));
        Assert.Equal("muhammad-sadiq", Assert.Single(Said(threat.Id)).From);
        Assert.Single(seeds.Relations("said-at", threat.Id, "think-tank-seminar"));

        var rejection = seeds.Entity("taliban-reject-ttp-claims");
        Assert.Equal(StatementAct.Reject, rejection.Statement!.Act);
        Assert.Equal("taliban", Assert.Single(Said(rejection.Id)).From);
        Assert.Contains("islamabad-blames-ttp", About(rejection.Id));
    }

    [Fact]
    public void Unnamed_officials_speak_on_behalf_of_pakistan_and_a_foreign_office_spokesperson_for_the_foreign_office()
    {
        string[] officials = ["pakistan-officials-no-hurry-to-recognise", "pakistani-officials-azizi-visit-after-eid", "pakistani-officials-attacks-increased", "islamabad-terrorism-central"];
        Assert.All(officials, id => Assert.Equal(("pakistan", "on-behalf-of"), Said(id).Select(r => (r.From, r.Role!)).Single()));

        var khan = Said("khan-security-major-obstacle").Select(r => (r.From, r.Role!)).Order().ToList();
        Assert.Equal([("pakistan-foreign-office", "on-behalf-of"), ("shafqat-ali-khan", "speaker")], khan);
    }

    [Fact]
    public void A_statement_made_at_a_meeting_has_the_meetings_time()
    {
        var atMeetings = seeds.Graph.Relations.Where(r => r.Type == "said-at").ToList();
        Assert.All(atMeetings, r => Assert.Equal(seeds.Entity(r.To).Meeting!.Time, seeds.Entity(r.From).Statement!.Time));
        Assert.Equal(DateRange.Parse("after 2025-04-19 (inferred)"), seeds.Entity("dar-urges-taliban-to-confront-ttp").Statement!.Time);
    }

    [Fact]
    public void Planned_and_delayed_visits_carry_their_stated_reasons()
    {
        var muttaqi = seeds.Entity("muttaqi-islamabad-visit");
        Assert.Contains("border security", muttaqi.Attributes["purpose"], StringComparison.Ordinal);
        Assert.Contains("regional tensions", muttaqi.Attributes["delayed-because"], StringComparison.Ordinal);
        Assert.Contains("follow-up talks", seeds.Entity("azizi-islamabad-visit-after-eid").Attributes["purpose"], StringComparison.Ordinal);
        Assert.Contains("muttaqi-islamabad-visit", About("baloch-muttaqi-visit-soon"));
        Assert.Contains("azizi-islamabad-visit-after-eid", About("pakistani-officials-azizi-visit-after-eid"));
    }

    private static IEnumerable<string> Quotes(IEnumerable<Citation> citations) => citations.OfType<QuoteCitation>().Select(q => q.Quote);

    private static IEnumerable<string> Names(Entity e) => e.Aliases.Prepend(e.Name);

    private List<Relation> Said(string statementId) => [.. seeds.Graph.Relations.Where(r => r.Type == "said" && r.To == statementId)];

    private HashSet<string> About(string statementId) =>
        seeds.Graph.Relations.Where(r => r.Type == "about" && r.From == statementId).Select(r => r.To).ToHashSet(StringComparer.Ordinal);

    private IEnumerable<Entity> StatementsBy(string actorId) =>
        seeds.Graph.Relations.Where(r => r.Type == "said" && r.From == actorId).Select(r => seeds.Entity(r.To));
}
