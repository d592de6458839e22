using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;

namespace DiplomacyGraph.Text;

/// <summary>Builds the <see cref="Report"/> of each query answer: one place for the CLI and the notebook's plain-text views.</summary>
internal static class QueryReports
{
    /// <summary>History or timeline rows under a title, date first.</summary>
    public static Report Entries(string title, IReadOnlyList<HistoryEntry> rows, DiplomaticGraph? graph)
    {
        var report = new Report($"{title}: {rows.Count} entr{(rows.Count == 1 ? "y" : "ies")}");
        foreach (var e in rows)
        {
            report.Add(
                $"{e.Time}  {Sentences.Entry(graph, e)}",
                e.Citations,
                0,
                ("date", e.Time.ToString()),
                ("kind", e.Kind.ToString().ToLowerInvariant()),
                ("type", e.Type),
                ("party", e.Party.Name),
                ("other", e.OtherParty.Name),
                ("meeting", e.Meeting?.Name),
                ("role", e.Role),
                ("assertion", e.Assertion.ToString().ToLowerInvariant()),
                ("claimed_by", e.ClaimedBy is null ? null : Sentences.Name(graph, e.ClaimedBy)),
                ("id", e.Id));
        }

        return report;
    }

    /// <summary>A path hop by hop: date, from, arrow, to, assertion and the hop's quote.</summary>
    public static Report Path(GraphPath path, string title, DiplomaticGraph? graph)
    {
        var report = new Report($"{title} ({path.Length} hop{(path.Length == 1 ? string.Empty : "s")}): {path}");
        AddHops(report, path, graph);
        return report;
    }

    /// <summary>Several paths in one report (one footnote list): each path's heading, then its hops.</summary>
    public static Report Paths(IReadOnlyList<GraphPath> paths, DiplomaticGraph? graph)
    {
        var report = new Report($"path 1 ({paths[0].Length} hop{(paths[0].Length == 1 ? string.Empty : "s")}): {paths[0]}");
        for (var i = 0; i < paths.Count; i++)
        {
            if (i > 0)
            {
                report.Add($"path {i + 1} ({paths[i].Length} hop{(paths[i].Length == 1 ? string.Empty : "s")}): {paths[i]}", null, 0, ("path", (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }

            AddHops(report, paths[i], graph, i + 1);
        }

        return report;
    }

    /// <summary>A time-respecting route: when it arrives, in words, then its hops.</summary>
    public static Report Route(TimeRespectingPath found, DiplomaticGraph? graph)
    {
        var report = new Report($"{found.Path.End.Name} reached from {found.Path.Start.Name}: {Timing(found)}");
        report.Add($"route ({found.Path.Length} hop{(found.Path.Length == 1 ? string.Empty : "s")}): {found.Path}", null);
        AddHops(report, found.Path, graph);
        return report;
    }

    /// <summary>The arrival of a route in words: "earliest arrival 2025-03-23; certainly reached by: no bound (lenient order, starting 2025-03-01)".</summary>
    public static string Timing(TimeRespectingPath found) =>
        $"earliest arrival {Day(found.EarliestArrival)}; certainly reached by: {(found.ReachedBy == DateOnly.MaxValue ? "no bound" : Day(found.ReachedBy))} "
        + $"({found.Mode.ToString().ToLowerInvariant()} time order, starting {Day(found.Start)})";

    /// <summary>An entity: names, attributes, meeting details and its citations, then every relation with its quotes.</summary>
    public static Report Entity(Entity entity, IReadOnlyList<Relation>? relations, DiplomaticGraph? graph)
    {
        var report = new Report($"{entity.Name}  ({entity.Kind}, id {entity.Id}){Sentences.Mark(entity)}");
        if (!entity.Aliases.IsEmpty)
        {
            report.Add($"also: {string.Join(", ", entity.Aliases)}", null, 0, ("field", "aliases"));
        }

        foreach (var (key, value) in entity.Attributes)
        {
            report.Add($"{key}: {value}", null, 0, ("field", key));
        }

        if (entity.Meeting is { } meeting)
        {
            report.Add($"when: {meeting.Time}   status: {string.Join(" → ", meeting.Statuses.Select(s => s.Status))}", null, 0, ("field", "meeting"));
            if (!meeting.Topics.IsEmpty)
            {
                report.Add($"topics: {string.Join(", ", meeting.Topics)}", null, 0, ("field", "topics"));
            }
        }

        if (entity.Statement is { } statement)
        {
            report.Add(
                $"when: {statement.Time}   act: {StatementQueries.ActText(statement.Act)} (CAMEO {string.Join(", ", StatementActs.CameoCodes(statement.Act))})   speech: {StatementQueries.SpeechText(statement.Speech)}",
                null, 0, ("field", "statement"));
            if (graph is not null)
            {
                var facts = graph.StatementFacts(entity.Id);
                report.Add($"said by: {(facts.Speakers.IsEmpty ? "(no speaker recorded)" : string.Join(", ", facts.Speakers))}", null, 0, ("field", "speakers"));
                if (facts.Occasion is { } at)
                {
                    report.Add($"at: {at.Name}", null, 0, ("field", "occasion"));
                }

                if (!facts.Subjects.IsEmpty)
                {
                    report.Add($"about: {string.Join(", ", facts.Subjects.Select(s => s.Name))}", null, 0, ("field", "subjects"));
                }
            }

            if (!statement.Topics.IsEmpty)
            {
                report.Add($"topics: {string.Join(", ", statement.Topics)}", null, 0, ("field", "topics"));
            }
        }

        if (!entity.Citations.IsEmpty)
        {
            var label = entity.Statement?.Speech switch
            {
                SpeechMode.Quoted => "quoted — the article quotes the speaker:",
                SpeechMode.Reported => "reported — the article's words, not the speaker's:",
                _ => "cited as:",
            };
            report.Add(label, ResolvedCitation.AllOf(entity.Citations, graph), 0, ("field", "citations"));
        }

        if (relations is null)
        {
            return report;
        }

        report.Add($"relations ({relations.Count}):", null);
        foreach (var relation in relations)
        {
            var outgoing = relation.From == entity.Id;
            var other = Sentences.Name(graph, outgoing ? relation.To : relation.From);
            report.Add(
                $"{relation.Time}  {Sentences.Arrow(relation.Type, outgoing)} {other}{Sentences.Role(relation.Role)}{Sentences.Assertion(graph, relation.Assertion, relation.ClaimedBy)}{Sentences.Mark(relation)}"
                    + (relation.Attributes.Count == 0 ? string.Empty : $"  {{{string.Join(", ", relation.Attributes.Select(a => $"{a.Key}: {a.Value}"))}}}"),
                ResolvedCitation.AllOf(relation.Citations, graph),
                1,
                ("field", "relation"),
                ("date", relation.Time.ToString()),
                ("type", relation.Type),
                ("direction", outgoing ? "out" : "in"),
                ("other", other),
                ("role", relation.Role),
                ("assertion", relation.Assertion.ToString().ToLowerInvariant()),
                ("id", relation.Id));
        }

        return report;
    }

    /// <summary>
    /// Contradictions as two labelled sides in plain sentences. Contradictions sharing a side (one denial against several
    /// held meetings) are grouped, so each side and its quotes are shown once.
    /// </summary>
    public static Report Contradictions(IReadOnlyList<Contradiction> found, DiplomaticGraph? graph)
    {
        var groups = found.GroupBy(c => (c.Kind, Key(c.Second))).ToList();
        var report = new Report($"{found.Count} contradiction{(found.Count == 1 ? string.Empty : "s")}" + (groups.Count == found.Count ? string.Empty : $", on {groups.Count} disputed claims"));
        var number = 0;
        foreach (var group in groups)
        {
            var first = group.First();
            number++;
            var kind = first.Kind switch
            {
                ContradictionKind.AllegedVersusDenied => "claimed and denied",
                ContradictionKind.NoInteractionVersusMeeting => "no contact denied, yet meetings were held",
                _ => "reported both held and cancelled",
            };
            report.Add($"{number}. {(group.Count() == 1 ? first.Reason : $"{Claim(graph, first.Second)}, yet {group.Count()} meetings with both were held.")} ({kind})", null, 0, ("kind", first.Kind.ToString()));
            if (first.Kind == ContradictionKind.NoInteractionVersusMeeting)
            {
                report.Add($"One side — {Claim(graph, first.Second)}:", first.Second.Citations, 1, ("side", "denial"));
                foreach (var c in group)
                {
                    report.Add($"Other side — {Claim(graph, c.First)}:", c.First.Citations, 1, ("side", "meeting"));
                }
            }
            else
            {
                report.Add($"One side — {Claim(graph, first.First)}:", first.First.Citations, 1, ("side", "claim"));
                report.Add($"Other side — {Claim(graph, first.Second)}:", first.Second.Citations, 1, ("side", "counter-claim"));
            }
        }

        return report;
    }

    /// <summary>Search hits, best first: the sentence, the fact that cites it (or "not cited by any fact"), the source.</summary>
    public static Report Search(string query, IReadOnlyList<SearchHit> hits)
    {
        var report = new Report($"{QuoteText.Quoted(query)}: {hits.Count} hit{(hits.Count == 1 ? string.Empty : "s")}");
        foreach (var hit in hits)
        {
            report.Add(
                $"{hit.Describe()}",
                hit.Citation is null ? null : [hit.Citation with { Citation = new QuoteCitation(hit.Citation.SourceId, hit.Text) }],
                0,
                ("rank", hit.Score.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("match", hit.Field.ToString().ToLowerInvariant()),
                ("fact", hit.Entity?.Id ?? hit.Relation?.Id),
                ("source", hit.Citation?.SourceId));
        }

        return report;
    }

    private static void AddHops(Report report, GraphPath path, DiplomaticGraph? graph, int number = 1)
    {
        foreach (var hop in path.Hops)
        {
            report.Add(
                $"{hop.Time}  {hop.From.Name} {Sentences.Arrow(hop.Relation.Type, hop.Forward)} {hop.To.Name}{Sentences.HopAssertion(graph, hop.Assertion, hop.Relation.ClaimedBy)}{Sentences.Mark(hop.Relation)}",
                [hop.FirstCitation],
                1,
                ("path", number.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("date", hop.Time.ToString()),
                ("from", hop.From.Name),
                ("type", hop.Relation.Type),
                ("forward", hop.Forward ? "true" : "false"),
                ("to", hop.To.Name),
                ("relation", hop.Relation.Id));
        }
    }

    private static string Key(ContradictionClaim claim) => claim switch
    {
        RelationClaim c => c.Relation.Id,
        MeetingStatusClaim c => $"{c.Meeting.Id}/{c.Status}",
        _ => claim.ToString(),
    };

    private static string Claim(DiplomaticGraph? graph, ContradictionClaim claim)
    {
        if (claim is RelationClaim { Relation: var r })
        {
            var who = r.ClaimedBy is null ? "a source" : Sentences.Name(graph, r.ClaimedBy);
            var verb = r.Assertion switch { Assertion.Denied => "denies", Assertion.Alleged => "alleges", Assertion.Planned => "plans", _ => "states" };
            var type = r.Type.Replace('-', ' ');
            var undirected = graph is not null && graph.RelationTypes.FirstOrDefault(t => t.Name == r.Type) is { Directed: false };
            return undirected
                ? $"{who} {verb} {type} between {Sentences.Name(graph, r.From)} and {Sentences.Name(graph, r.To)} ({r.Time})"
                : $"{who} {verb} that {Sentences.Name(graph, r.From)} {type} {Sentences.Name(graph, r.To)} ({r.Time})";
        }

        return claim is MeetingStatusClaim m
            ? $"{m.Meeting.Name} ({m.Meeting.Time}) is reported {m.Status.ToString().ToLowerInvariant()}"
            : claim.ToString();
    }

    /// <summary>One item per source: title, url, published, facts citing it, sentences uncited (and, asked, those sentences).</summary>
    public static Report Sources(IReadOnlyList<SourceCoverage> sources, bool listUncited)
    {
        var report = new Report($"{sources.Count} source{(sources.Count == 1 ? string.Empty : "s")}");
        foreach (var c in sources)
        {
            var s = c.Source;
            var sentences = c.Sentences is { } n ? $"{c.Uncited.Length} of {n} sentences cited by no fact" : "text not available";
            report.Add(
                $"{s.Id}: {s.Title}{(s.Url is null ? string.Empty : $" <{s.Url}>")} — published {s.Published}; {c.Facts} fact{(c.Facts == 1 ? string.Empty : "s")}; {sentences}",
                null,
                0,
                ("id", s.Id),
                ("title", s.Title),
                ("url", s.Url),
                ("published", s.Published.ToString()),
                ("facts", c.Facts.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("sentences", c.Sentences?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("uncited", c.Sentences is null ? null : c.Uncited.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            if (listUncited)
            {
                foreach (var sentence in c.Uncited)
                {
                    report.Add($"uncited: {sentence}", null, 1, ("id", s.Id), ("uncited", sentence));
                }
            }
        }

        return report;
    }

    private static string Day(DateOnly day) => IsoDay.Format(day);
}
