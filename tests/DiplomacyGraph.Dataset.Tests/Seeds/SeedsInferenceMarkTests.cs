using DiplomacyGraph.Model;

// Not DiplomacyGraph.Tests.Seeds: a namespace of that name would hide the Seeds class from the other tests.
namespace DiplomacyGraph.Tests.Dataset;

/// <summary>
/// The problems a close reading found in the seeds, one test each: identifications the articles do not state are marked
/// (<c>basis: inferred</c> with a note), claims are split by who makes them, and each fact cites the sentence that names it.
/// </summary>
[Collection(SeedsGraphCollection.Name)]
public sealed class SeedsInferenceMarkTests(SeedsGraphFixture seeds)
{
    private const string Article000 = "recognition-distant-prospect";
    private const string Article001 = "no-hurry-to-recognise";
    private const string Article002 = "dar-ties-not-restored";
    private const string Article003 = "engagement-with-afghanistan";

    [Fact]
    public void Every_inferred_entity_and_relation_says_why()
    {
        var marked = seeds.Graph.Entities.Where(e => e.Basis == Basis.Inferred).Select(e => (e.Id, e.Note))
            .Concat(seeds.Graph.Relations.Where(r => r.Basis == Basis.Inferred).Select(r => (r.Id, r.Note))).ToList();
        Assert.True(marked.Count >= 25, $"only {marked.Count} marks");
        Assert.All(marked, m => Assert.False(string.IsNullOrWhiteSpace(m.Note), $"{m.Id} is inferred without a note"));
    }

    [Fact]
    public void No_relation_states_as_fact_that_dar_made_the_undated_kabul_visits_of_000_and_001()
    {
        var stated = seeds.Graph.Relations
            .Where(r => r.From == "ishaq-dar" && r.Type == "attended" && r.Basis == Basis.Stated)
            .Where(r => r.Citations.Any(c => c.SourceId is Article000 or Article001))
            .Select(r => r.Id);
        Assert.Empty(stated);
        Assert.False(seeds.Graph.TryGetEntity("deputy-pm-kabul-visit", out _), "000's Deputy Prime Minister's visit is not a second Dar visit");
    }

    [Fact]
    public void Dar_made_one_visit_to_kabul_and_000_and_001_are_identified_with_it_the_same_marked_way()
    {
        var darVisits = seeds.Graph.Relations.Where(r => r.Type == "attended" && r.From == "ishaq-dar")
            .Select(r => r.To).Where(m => seeds.Graph.Relations.Any(h => h.Type == "held-in" && h.From == m && h.To == "kabul"));
        Assert.Equal(["dar-kabul-visit-2025-04-19"], darVisits);

        var visit = seeds.Entity("dar-kabul-visit-2025-04-19");
        Assert.Equal(Basis.Inferred, visit.Basis);
        Assert.Contains("000", visit.Note, StringComparison.Ordinal);
        Assert.Contains("001", visit.Note, StringComparison.Ordinal);
        Assert.Contains("Deputy PM", visit.Note, StringComparison.Ordinal);
        Assert.Contains(visit.Citations, c => c.SourceId == Article000);
        Assert.Contains(visit.Citations, c => c.SourceId == Article001);
        Assert.All(seeds.Graph.Relations.Where(r => r.To == visit.Id && r.Basis == Basis.Stated),
            r => Assert.All(r.Citations, c => Assert.Equal(Article002, c.SourceId)));
    }

    [Fact]
    public void Pakistans_non_recognition_is_split_by_who_says_it()
    {
        var relations = seeds.Relations("recognizes", "pakistan", "taliban");
        Assert.All(relations, r => Assert.Equal(Assertion.Denied, r.Assertion));
        var byClaimant = relations.ToDictionary(r => r.ClaimedBy ?? "(the article)", r => r.Citations.Select(c => c.SourceId).Distinct().Single());

        Assert.Equal(new Dictionary<string, string>
        {
            ["pakistan-foreign-office"] = Article000,
            ["pakistan"] = Article001,
            ["(the article)"] = Article001,
        }, byClaimant);
        Assert.Equal("pakistan-foreign-office", seeds.Relation("pakistan-does-not-recognize-taliban").ClaimedBy);
        Assert.All(Quotes(seeds.Relation("pakistan-officials-no-intention-to-recognize-taliban").Citations), q => Assert.Contains("fficials", q, StringComparison.Ordinal));
    }

    [Fact]
    public void The_offices_of_baloch_and_dar_cite_sentences_that_name_the_person_and_the_body()
    {
        var baloch = seeds.Relation("baloch-spokesperson");
        Assert.Contains(Quotes(baloch.Citations), q => q.Contains("Mumtaz Zahra Baloch", StringComparison.Ordinal));
        Assert.Contains(Quotes(baloch.Citations), q => q.Contains("Foreign Office", StringComparison.Ordinal));
        Assert.Equal(Basis.Inferred, baloch.Basis); // 000 never writes "Foreign Office spokesperson"

        var dar = seeds.Relation("dar-deputy-prime-minister");
        Assert.Contains(Quotes(dar.Citations), q => q.Contains("Ishaq Dar", StringComparison.Ordinal) && q.Contains("Deputy PM", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_office_of_a_named_person_cites_a_sentence_naming_the_person_and_one_naming_the_polity()
    {
        var problems = seeds.Graph.Relations
            .Where(r => r.Type == "holds-office" && !seeds.Entity(r.From).Attributes.ContainsKey("unnamed"))
            .Where(r => !Names(seeds.Entity(r.From)).Any(n => Quotes(r.Citations).Any(q => q.Contains(n, StringComparison.Ordinal)))
                     || !Names(seeds.Entity(r.To)).Any(n => Quotes(r.Citations).Any(q => q.Contains(n, StringComparison.Ordinal))))
            .Select(r => r.Id);
        Assert.Empty(problems);
    }

    [Fact]
    public void The_two_embassy_upgrades_after_beijing_join_the_same_two_parties_mirrored()
    {
        var taliban = seeds.Relation("taliban-embassy-in-islamabad");
        var pakistan = seeds.Relation("pakistan-embassy-in-kabul");

        Assert.Equal((taliban.From, taliban.To), (pakistan.To, pakistan.From));
        Assert.Equal(("taliban", "pakistan"), (taliban.From, taliban.To));
        Assert.All(new[] { taliban, pakistan }, r =>
        {
            Assert.Equal("representation", r.Type);
            Assert.Equal(Basis.Inferred, r.Basis); // the article names cities, not the governments seated there
        });
    }

    [Theory]
    [InlineData("sadiq-muttaqi-meeting-held-in-kabul")]
    [InlineData("sadiq-azizi-talks-held-in-kabul")]
    [InlineData("afghanistan-hosted-sadiq-kabul-visit")]
    [InlineData("muttaqi-attended-sadiq-meeting")]
    [InlineData("azizi-attended-sadiq-talks")]
    [InlineData("taliban-hosted-dar-kabul-visit")]
    [InlineData("sadiq-briefed-high-level-meeting")]
    public void Places_hosts_and_the_briefing_read_from_the_articles_order_are_marked(string relationId)
    {
        var relation = seeds.Relation(relationId);
        Assert.Equal(Basis.Inferred, relation.Basis);
        Assert.False(string.IsNullOrWhiteSpace(relation.Note));
    }

    [Fact]
    public void Every_host_is_either_said_to_host_or_marked_inferred()
    {
        var unmarked = seeds.Graph.Relations
            .Where(r => r.Type == "attended" && r.Role == "host" && r.Basis == Basis.Stated && !Quotes(r.Citations).Any(q => q.Contains("host", StringComparison.Ordinal)))
            .Select(r => r.Id);
        Assert.Empty(unmarked);
    }

    [Fact]
    public void A_meeting_reported_by_two_articles_is_a_marked_identification()
    {
        var merged = seeds.Graph.EntitiesOfKind(EntityKind.Meeting)
            .Where(m => m.Citations.Concat(m.Meeting!.Statuses.SelectMany(s => s.Citations)).Select(c => c.SourceId).Distinct().Count() > 1)
            .ToList();

        Assert.Equal(["dar-kabul-visit-2025-04-19", "muttaqi-islamabad-visit", "sadiq-kabul-visit-2025-03"], merged.Select(m => m.Id).Order(StringComparer.Ordinal));
        Assert.All(merged, m => Assert.Equal(Basis.Inferred, m.Basis));
        Assert.Contains("003", seeds.Entity("sadiq-kabul-visit-2025-03").Note, StringComparison.Ordinal);
        Assert.Contains("004", seeds.Entity("sadiq-kabul-visit-2025-03").Note, StringComparison.Ordinal);
    }

    [Fact]
    public void The_monday_meeting_is_identified_with_the_upon_his_return_briefing_only_by_marked_relations()
    {
        const string meeting = "dar-high-level-meeting-on-afghanistan";
        Assert.DoesNotContain(Quotes(seeds.Entity(meeting).Citations), q => q.Contains("Upon his return", StringComparison.Ordinal));
        var resting = seeds.Graph.Relations
            .Where(r => (r.From == meeting || r.To == meeting) && Quotes(r.Citations).Any(q => q.Contains("Upon his return", StringComparison.Ordinal)))
            .ToList();
        Assert.NotEmpty(resting);
        Assert.All(resting, r => Assert.Equal(Basis.Inferred, r.Basis));
        Assert.Equal(Basis.Stated, seeds.Relation("sadiq-briefed-dar").Basis); // the briefing itself is stated
    }

    [Fact]
    public void Sources_carry_only_the_metadata_their_text_states()
    {
        Assert.All(seeds.Graph.Sources, s =>
        {
            var text = File.ReadAllText(Path.Combine(SeedFiles.Directory, s.File!));
            Assert.Null(s.Url);
            Assert.Equal("en", s.Language);
            Assert.True(s.Outlet is null || text.Contains(s.Outlet, StringComparison.Ordinal), $"{s.Id}: outlet {s.Outlet} is not in the text");
            Assert.True(s.Author is null || text.Contains(s.Author, StringComparison.Ordinal), $"{s.Id}: author {s.Author} is not in the text");
            Assert.NotEqual(DateBasis.Stated, s.Published.Start?.Basis ?? DateBasis.Inferred);
        });
        Assert.Equal("DIDPress", seeds.Graph.GetSource(Article002).Outlet);
        Assert.Null(seeds.Graph.GetSource(Article003).Outlet);
        Assert.Null(seeds.Graph.GetSource(Article003).Author);
    }

    private static IEnumerable<string> Quotes(IEnumerable<Citation> citations) => citations.OfType<QuoteCitation>().Select(q => q.Quote);

    private static IEnumerable<string> Names(Entity e) => e.Aliases.Prepend(e.Name);
}
