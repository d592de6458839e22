using DiplomacyGraph.Model;

// Not DiplomacyGraph.Tests.Seeds: a namespace of that name would hide the Seeds class from the other tests.
namespace DiplomacyGraph.Tests.Dataset;

/// <summary>The key relations the issue requires: offices, meetings, recognition, ties, representation, the TTP dispute.</summary>
[Collection(SeedsGraphCollection.Name)]
public sealed class SeedsRelationCoverageTests(SeedsGraphFixture seeds)
{
    private static readonly DateOnly March22 = new(2025, 3, 22);
    private static readonly DateOnly May20 = new(2025, 5, 20);

    [Theory]
    [InlineData("ishaq-dar", "pakistan", "Foreign Minister")]
    [InlineData("ishaq-dar", "pakistan", "Deputy Prime Minister")]
    [InlineData("amir-khan-muttaqi", "afghanistan", "acting Foreign Minister")]
    [InlineData("muhammad-sadiq", "pakistan", "Special Representative on Afghanistan")]
    [InlineData("mumtaz-zahra-baloch", "pakistan-foreign-office", "spokesperson")]
    [InlineData("shafqat-ali-khan", "pakistan-foreign-office", "spokesperson")]
    [InlineData("nooruddin-azizi", "afghanistan", "acting Commerce Minister")]
    [InlineData("pakistan-interior-minister-unnamed", "pakistan", "Interior Minister")]
    public void The_person_holds_the_office(string person, string polity, string office)
    {
        var offices = seeds.Relations("holds-office", person, polity);
        Assert.Contains(offices, r => r.Role == office && r.Assertion == Assertion.Stated);
    }

    [Fact]
    public void The_foreign_office_is_part_of_pakistan()
    {
        Assert.Single(seeds.Relations("member-of", "pakistan-foreign-office", "pakistan"));
    }

    [Fact]
    public void The_beijing_meeting_is_attended_by_afghanistan_pakistan_and_china_in_beijing_on_may_20()
    {
        const string id = "beijing-trilateral-2025-05-20";
        var meeting = seeds.Entity(id).Meeting!;
        Assert.Equal(May20, meeting.Time.Earliest);
        Assert.Equal(May20, meeting.Time.Latest);
        Assert.Equal(DateBasis.Inferred, meeting.Time.Start!.Value.Basis);
        Assert.Equal(MeetingStatus.Held, meeting.Status);

        var attendees = seeds.Graph.Relations.Where(r => r.Type == "attended" && r.To == id).Select(r => r.From).Order(StringComparer.Ordinal);
        Assert.Equal(new[] { "afghanistan", "china", "pakistan" }, attendees);
        Assert.Single(seeds.Relations("held-in", id, "beijing"));
    }

    [Fact]
    public void Dars_kabul_visit_is_stated_as_april_19_2025_in_kabul()
    {
        var meeting = seeds.Entity("dar-kabul-visit-2025-04-19").Meeting!;
        Assert.Equal(DateRange.Parse("2025-04-19"), meeting.Time);
        Assert.Single(seeds.Relations("attended", "ishaq-dar", "dar-kabul-visit-2025-04-19"));
        Assert.Single(seeds.Relations("held-in", "dar-kabul-visit-2025-04-19", "kabul"));
    }

    [Theory]
    [InlineData("sadiq-kabul-visit-2025-03", "kabul")]
    [InlineData("sadiq-muttaqi-meeting-2025-03-22", "kabul")]
    [InlineData("interior-minister-kabul-visit", "kabul")]
    [InlineData("kuala-lumpur-regional-meeting", "kuala-lumpur")]
    [InlineData("muttaqi-islamabad-visit", "islamabad")]
    [InlineData("azizi-islamabad-visit-after-eid", "islamabad")]
    public void The_meeting_is_held_in_the_place_the_article_names(string meeting, string place)
    {
        Assert.Single(seeds.Relations("held-in", meeting, place));
    }

    [Theory]
    [InlineData("muhammad-sadiq", "sadiq-muttaqi-meeting-2025-03-22", "guest")]
    [InlineData("amir-khan-muttaqi", "sadiq-muttaqi-meeting-2025-03-22", "host")]
    [InlineData("nooruddin-azizi", "sadiq-azizi-talks-2025-03", "host")]
    [InlineData("ishaq-dar", "dar-high-level-meeting-on-afghanistan", "chair")]
    [InlineData("mumtaz-zahra-baloch", "baloch-weekly-press-briefing", "spokesperson")]
    [InlineData("shafqat-ali-khan", "khan-weekly-press-briefing", "spokesperson")]
    [InlineData("muhammad-sadiq", "think-tank-seminar", "speaker")]
    [InlineData("ishaq-dar", "kuala-lumpur-regional-meeting", "speaker")]
    [InlineData("pakistan-interior-minister-unnamed", "interior-minister-kabul-visit", "guest")]
    public void The_actor_attended_the_meeting_in_the_role(string actor, string meeting, string role)
    {
        Assert.Contains(seeds.Relations("attended", actor, meeting), r => r.Role == role);
    }

    [Theory]
    [InlineData("sadiq-muttaqi-meeting-2025-03-22", "security", "trade")]
    [InlineData("sadiq-azizi-talks-2025-03", "transit", "trade")]
    [InlineData("sadiq-kabul-visit-2025-03", "security", "refugees")]
    [InlineData("muttaqi-islamabad-visit", "border security", "refugees")]
    [InlineData("beijing-trilateral-2025-05-20", "regional cooperation", "joint solutions")]
    public void The_meeting_lists_its_topics(string meeting, string topic, string other)
    {
        var topics = seeds.Entity(meeting).Meeting!.Topics;
        Assert.Contains(topic, topics);
        Assert.Contains(other, topics);
    }

    [Fact]
    public void Muttaqis_visit_to_islamabad_is_reported_planned_then_delayed_by_two_articles()
    {
        var statuses = seeds.Entity("muttaqi-islamabad-visit").Meeting!.Statuses;
        Assert.Equal(new[] { MeetingStatus.Planned, MeetingStatus.Delayed }, statuses.Select(s => s.Status));
        Assert.Equal("recognition-distant-prospect", Assert.Single(statuses[0].Citations).SourceId);
        Assert.Equal("no-hurry-to-recognise", Assert.Single(statuses[1].Citations).SourceId);
        Assert.Contains(seeds.Relations("attended", "amir-khan-muttaqi", "muttaqi-islamabad-visit"), r => r.Role == "guest" && r.Assertion == Assertion.Planned);
    }

    [Fact]
    public void Azizis_visit_after_eid_is_planned()
    {
        Assert.Equal(MeetingStatus.Planned, seeds.Entity("azizi-islamabad-visit-after-eid").Meeting!.Status);
        Assert.Single(seeds.Relations("attended", "nooruddin-azizi", "azizi-islamabad-visit-after-eid"));
    }

    [Fact]
    public void Representation_is_upgraded_to_embassy_level_in_both_directions_after_the_beijing_meeting()
    {
        var beijing = seeds.Entity("beijing-trilateral-2025-05-20").Meeting!.Time;
        var taliban = Assert.Single(seeds.Relations("representation", "taliban", "pakistan"));
        var pakistan = Assert.Single(seeds.Relations("representation", "pakistan", "taliban"));
        Assert.All(new[] { taliban, pakistan }, r =>
        {
            Assert.Equal("embassy", r.Role);
            Assert.Equal(TimeOrder.After, r.Time.CompareTo(beijing));
        });
    }

    [Fact]
    public void The_ttp_allegation_and_its_denial_join_the_same_entities()
    {
        var alleged = seeds.Relation("ttp-operates-from-afghanistan-alleged");
        var denied = seeds.Relation("ttp-operates-from-afghanistan-denied");
        Assert.Equal((alleged.Type, alleged.From, alleged.To), (denied.Type, denied.From, denied.To));
        Assert.Equal(("operates-from", "tehreek-e-taliban-pakistan", "afghanistan"), (alleged.Type, alleged.From, alleged.To));
        Assert.Equal((Assertion.Alleged, "pakistan"), (alleged.Assertion, alleged.ClaimedBy));
        Assert.Equal((Assertion.Denied, "taliban"), (denied.Assertion, denied.ClaimedBy));
    }

    [Fact]
    public void Russia_recognizes_the_taliban_and_pakistan_does_not()
    {
        Assert.Equal(Assertion.Stated, Assert.Single(seeds.Relations("recognizes", "russia", "taliban")).Assertion);
        var pakistan = seeds.Relations("recognizes", "pakistan", "taliban");
        Assert.Equal(3, pakistan.Count); // one per voice: the Foreign Office, Pakistani officials, article 001 itself
        Assert.All(pakistan, r => Assert.Equal(Assertion.Denied, r.Assertion));
    }

    [Fact]
    public void Dar_says_formal_ties_have_not_been_restored_since_2021()
    {
        var ties = Assert.Single(seeds.Graph.Relations, r => r.Type == "diplomatic-ties");
        Assert.Equal(("pakistan", "afghanistan"), (ties.From, ties.To));
        Assert.Equal((Assertion.Denied, "ishaq-dar"), (ties.Assertion, ties.ClaimedBy));
        Assert.Equal(new DateOnly(2021, 1, 1), ties.Time.Earliest);
        Assert.Null(ties.Time.End);
        Assert.Contains(ties.Citations, c => c.QuoteOf().Contains("no official interaction between the two governments", StringComparison.Ordinal));
    }

    [Fact]
    public void The_taliban_govern_afghanistan_and_act_against_ttp_linked_nationals()
    {
        Assert.Single(seeds.Relations("governs", "taliban", "afghanistan"));
        Assert.Single(seeds.Relations("acts-against", "taliban", "ttp-linked-afghan-nationals"));
        Assert.Single(seeds.Relations("member-of", "ttp-linked-afghan-nationals", "tehreek-e-taliban-pakistan"));
    }

    [Fact]
    public void Muttaqi_reaches_dar_through_sadiq_forward_in_time()
    {
        var meeting = seeds.Entity("sadiq-muttaqi-meeting-2025-03-22").Meeting!.Time;
        Assert.Equal(March22, meeting.Earliest);
        Assert.Single(seeds.Relations("attended", "amir-khan-muttaqi", "sadiq-muttaqi-meeting-2025-03-22"));
        Assert.Single(seeds.Relations("attended", "muhammad-sadiq", "sadiq-muttaqi-meeting-2025-03-22"));
        var briefing = Assert.Single(seeds.Relations("briefed", "muhammad-sadiq", "ishaq-dar"));
        Assert.Equal(TimeOrder.After, briefing.Time.CompareTo(meeting));
    }

    [Fact]
    public void Baloch_reaches_muttaqi_through_the_visit_she_announced()
    {
        Assert.Single(seeds.Relations("announced", "mumtaz-zahra-baloch", "muttaqi-islamabad-visit"));
        Assert.Single(seeds.Relations("attended", "amir-khan-muttaqi", "muttaqi-islamabad-visit"));
    }
}
