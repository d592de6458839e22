using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Testing;

/// <summary>One run of <see cref="SyntheticGraph.Generate"/>: decides the mix of entities, then spends the relation budget.</summary>
internal sealed class SyntheticGraphGenerator
{
    private const int QuotesPerSource = 4;

    private readonly SyntheticGraphOptions options;
    private readonly SplitMix64 random;
    private readonly GraphBuilder builder = new();
    private readonly List<Citation> quotes = [];
    private readonly List<Entity> countries = [];
    private readonly List<Entity> organizations = [];
    private readonly List<Entity> places = [];
    private readonly List<Entity> persons = [];
    private readonly List<(Entity Meeting, Assertion Assertion)> meetings = [];
    private readonly List<(Entity Statement, Entity? Occasion)> statements = [];
    private int relationCount;

    public SyntheticGraphGenerator(SyntheticGraphOptions options)
    {
        this.options = options;
        random = new SplitMix64(options.RandomSeed);
    }

    private int Remaining => options.Relations - relationCount;

    public DiplomaticGraph Generate()
    {
        AddSources();
        AddEntities();
        var actors = new ZipfSampler<Entity>(Shuffled([.. persons, .. countries, .. organizations]));
        var polities = new ZipfSampler<Entity>(Shuffled([.. countries, .. organizations]));
        var pairs = new SyntheticPairs(random, actors, polities, new ZipfSampler<Entity>(Shuffled(countries)), new ZipfSampler<Entity>(Shuffled(persons)), new ZipfSampler<Entity>(Shuffled(organizations)));
        var venues = new ZipfSampler<Entity>(Shuffled(places));
        AddLocations();
        AddOffices(pairs);
        AddMeetings(actors, venues);
        AddStatements(actors, polities);
        AddPairs(pairs);
        return builder.Build();
    }

    private void AddSources()
    {
        var count = Math.Clamp(options.Relations / 100, 10, 10_000);
        for (var i = 0; i < count; i++)
        {
            var id = Id("s", i);
            var outlet = random.Pick(SyntheticText.Outlets);
            builder.AddSource(new Source
            {
                Id = id,
                Title = $"{outlet} report {i + 1}",
                Outlet = outlet,
                Published = DateRange.On(FuzzyDate.OfDay(SyntheticTimes.Day(random))),
            });
            for (var q = 0; q < QuotesPerSource; q++)
            {
                quotes.Add(new QuoteCitation(id, random.Pick(SyntheticText.Sentences)));
            }
        }
    }

    private void AddEntities()
    {
        var total = options.Entities;
        var countryCount = Math.Clamp(total / 100, 2, 200);
        var organizationCount = Math.Max(2, total / 20);
        var placeCount = Math.Max(2, total / 20);
        // A meeting spends about six relations (held-in plus a mean of five attendees); they take at most a third of the budget.
        var meetingCount = Math.Min(total / 4, options.Relations / 18);
        // A statement spends up to three relations (said, said-at, about).
        var statementCount = Math.Min(total / 20, options.Relations / 40);
        var personCount = total - countryCount - organizationCount - placeCount - meetingCount - statementCount;
        for (var i = 0; i < countryCount; i++)
        {
            countries.Add(Add(Id("country", i), EntityKind.Country, SyntheticText.Word(random, random.Pick(SyntheticText.CountryEndings))));
        }

        for (var i = 0; i < organizationCount; i++)
        {
            organizations.Add(Add(Id("org", i), EntityKind.Organization, $"{random.Pick(countries).Name} {random.Pick(SyntheticText.OrganizationKinds)}"));
        }

        for (var i = 0; i < placeCount; i++)
        {
            places.Add(Add(Id("place", i), EntityKind.Place, $"{SyntheticText.Word(random)} {random.Pick(SyntheticText.PlaceKinds)}"));
        }

        for (var i = 0; i < personCount; i++)
        {
            var given = random.Pick(SyntheticText.GivenNames);
            var family = random.Pick(SyntheticText.FamilyNames);
            // One person in ten is also known by initial and surname, as agencies often write.
            string[] aliases = random.Chance(0.1) ? [$"{given[0]}. {family}"] : [];
            persons.Add(Add(Id("person", i), EntityKind.Person, $"{given} {family}", aliases));
        }

        for (var i = 0; i < meetingCount; i++)
        {
            AddMeeting(i);
        }

        for (var i = 0; i < statementCount; i++)
        {
            AddStatement(i);
        }
    }

    private void AddStatement(int index)
    {
        // Half the statements are made at a meeting, and then at its time.
        var occasion = meetings.Count > 0 && random.Chance(0.5) ? random.Pick(meetings).Meeting : null;
        var act = random.Pick(Enum.GetValues<StatementAct>());
        var statement = new Entity
        {
            Id = Id("statement", index),
            Kind = EntityKind.Statement,
            Name = $"Statement {index + 1}: {act.ToString().ToLowerInvariant()}",
            Citations = Citations(),
            Statement = new StatementDetails
            {
                Act = act,
                Speech = random.Chance(0.5) ? SpeechMode.Quoted : SpeechMode.Reported,
                Time = occasion?.Meeting!.Time ?? SyntheticTimes.Event(random),
                Topics = [random.Pick(SyntheticText.Topics)],
            },
        };
        builder.AddEntity(statement);
        statements.Add((statement, occasion));
    }

    private void AddStatements(ZipfSampler<Entity> actors, ZipfSampler<Entity> polities)
    {
        foreach (var (statement, occasion) in statements)
        {
            var time = statement.Statement!.Time;
            if (Remaining > 0)
            {
                AddRelation("said", actors.Next(random), statement, time, "speaker");
            }

            if (occasion is not null && Remaining > 0)
            {
                AddRelation("said-at", statement, occasion, time);
            }

            if (Remaining > 0)
            {
                AddRelation("about", statement, polities.Next(random), time);
            }
        }
    }

    private void AddMeeting(int index)
    {
        var time = SyntheticTimes.Meeting(random);
        var status = random.NextDouble() switch
        {
            < 0.80 => MeetingStatus.Held,
            < 0.90 => MeetingStatus.Planned,
            < 0.95 => MeetingStatus.Delayed,
            _ => MeetingStatus.Cancelled,
        };
        // Some held meetings were first reported as planned: the status history keeps both words.
        StatusReport[] statuses = status == MeetingStatus.Held && random.Chance(0.1)
            ? [new StatusReport { Status = MeetingStatus.Planned }, new StatusReport { Status = status, Citations = Citations() }]
            : [new StatusReport { Status = status }];
        var topics = Enumerable.Range(0, random.Between(1, 3)).Select(_ => random.Pick(SyntheticText.Topics)).Distinct(StringComparer.Ordinal);
        var meeting = new Entity
        {
            Id = Id("meeting", index),
            Kind = EntityKind.Meeting,
            Name = $"{random.Pick(SyntheticText.MeetingKinds)} {index + 1}",
            Citations = Citations(),
            Meeting = new MeetingDetails { Time = time, Statuses = [.. statuses], Topics = [.. topics] },
        };
        builder.AddEntity(meeting);
        meetings.Add((meeting, status == MeetingStatus.Held ? Assertion.Stated : Assertion.Planned));
    }

    private void AddLocations()
    {
        foreach (var place in places.Take(Math.Min(places.Count, Remaining)))
        {
            AddRelation("located-in", place, random.Pick(countries), SyntheticTimes.Term(random));
        }
    }

    private void AddOffices(SyntheticPairs pairs)
    {
        foreach (var person in persons.Take(Math.Min(persons.Count, Remaining / 10)))
        {
            var office = pairs.Polity();
            AddRelation("holds-office", person, office, SyntheticTimes.Term(random), random.Pick(SyntheticText.Offices));
        }
    }

    private void AddMeetings(ZipfSampler<Entity> actors, ZipfSampler<Entity> venues)
    {
        foreach (var (meeting, assertion) in meetings)
        {
            if (Remaining == 0)
            {
                return;
            }

            var time = meeting.Meeting!.Time;
            AddRelation("held-in", meeting, venues.Next(random), time, assertion: assertion);
            var attendees = new HashSet<Entity>();
            var wanted = random.Between(2, 8);
            while (attendees.Count < wanted && Remaining > 0)
            {
                var actor = actors.Next(random);
                if (attendees.Add(actor))
                {
                    var role = attendees.Count == 1 ? "host" : random.Chance(0.1) ? "spokesperson" : "guest";
                    AddRelation("attended", actor, meeting, time, role, assertion);
                }
            }
        }
    }

    private void AddPairs(SyntheticPairs pairs)
    {
        while (Remaining > 0)
        {
            var (type, from, to) = pairs.Next(meetings.Count > 0 ? random.Pick(meetings).Meeting : null);
            var time = type == "announced" ? to.Meeting!.Time : SyntheticTimes.Event(random);
            var (assertion, claimedBy) = type switch
            {
                "accuses" => (Assertion.Alleged, from.Id),
                "denies" => (Assertion.Denied, from.Id),
                _ => (Assertion.Stated, (string?)null),
            };
            AddRelation(type, from, to, time, assertion: assertion, claimedBy: claimedBy);
        }
    }

    private void AddRelation(string type, Entity from, Entity to, DateRange time, string? role = null, Assertion assertion = Assertion.Stated, string? claimedBy = null)
    {
        builder.AddRelation(new Relation
        {
            Id = Id("r", relationCount),
            Type = type,
            From = from.Id,
            To = to.Id,
            Time = time,
            Role = role,
            Assertion = assertion,
            ClaimedBy = claimedBy,
            Citations = Citations(),
        });
        relationCount++;
    }

    private Entity Add(string id, EntityKind kind, string name, string[]? aliases = null)
    {
        var entity = new Entity { Id = id, Kind = kind, Name = name, Aliases = [.. aliases ?? []] };
        builder.AddEntity(entity);
        return entity;
    }

    /// <summary>One to three citations from distinct sources, drawn from the shared pool (equal quotes are one object).</summary>
    private ImmutableArray<Citation> Citations()
    {
        var count = random.Between(1, 3);
        var chosen = new Citation[count];
        for (var i = 0; i < count; i++)
        {
            Citation candidate;
            do
            {
                candidate = random.Pick(quotes);
            }
            while (chosen.Take(i).Any(c => c.SourceId == candidate.SourceId));
            chosen[i] = candidate;
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(chosen);
    }

    /// <summary>A copy in random order (Fisher–Yates), so that rank, and with it activity, does not follow the id.</summary>
    private List<Entity> Shuffled(List<Entity> items)
    {
        var copy = new List<Entity>(items);
        for (var i = copy.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (copy[i], copy[j]) = (copy[j], copy[i]);
        }

        return copy;
    }

    private static string Id(string prefix, int index) => string.Create(CultureInfo.InvariantCulture, $"{prefix}-{index + 1}");
}
