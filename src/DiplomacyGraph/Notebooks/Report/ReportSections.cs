using System.Collections.Immutable;
using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;

namespace DiplomacyGraph.Notebooks.Report;

/// <summary>The sections of a report page, each written into the page's writer; citations numbered in the page's footnotes.</summary>
internal static class ReportSections
{
    private static readonly string[] MeetingHeaders = ["Date", "Meeting", "Attended by", "Status", "Quotes"];

    public static void Summary(ReportSubject subject, TextWriter writer)
    {
        var graph = subject.Graph;
        var items = new List<(string Term, string Value)>();
        if (subject.IsWhole)
        {
            var summary = GraphSummary.Of(graph);
            items.AddRange(summary.EntitiesByKind.Where(p => p.Value > 0).Select(p => ($"{p.Key} entities", Number(p.Value))));
            items.Add(("Relations", string.Join(", ", summary.RelationsByType.Select(p => $"{p.Key} {Number(p.Value)}"))));
            items.Add(("Sources", Number(summary.Sources)));
            items.Add(("Quotes", Number(summary.Citations)));
            items.Add(("Dates", GraphHtml.Span(graph).ToString()));
        }
        else
        {
            foreach (var entity in subject.Entities)
            {
                items.Add((subject.Entities.Length == 2 ? "Party" : "Who", $"{entity.Name} ({entity.Kind.ToString().ToLowerInvariant()}{(entity.Aliases.Length > 0 ? $"; also {string.Join(", ", entity.Aliases)}" : "")})"));
                foreach (var (key, value) in entity.Attributes)
                {
                    items.Add((key, value));
                }
            }

            var rows = subject.History;
            var meetings = rows.Count(r => r.Kind == Queries.HistoryEntryKind.Meeting);
            var statements = rows.Count(r => r.Kind == Queries.HistoryEntryKind.Statement);
            items.Add(("Events", $"{ReportPage.Count(rows.Length, "event", "events")}: {ReportPage.Count(meetings, "meeting", "meetings")}, {ReportPage.Count(statements, "statement", "statements")}, {ReportPage.Count(rows.Length - meetings - statements, "other relation", "other relations")}"));
            items.Add(("Dates", DateSpan.Of(rows.Select(r => r.Time)).ToString()));
            var undated = rows.Count(r => r.Time.IsUnknown);
            if (undated > 0)
            {
                items.Add(("Undated", ReportPage.Count(undated, "event has no known date", "events have no known date")));
            }

            if (subject.Entities.Length == 2)
            {
                // A history row's Party is the first entity or the member who acted for it; OtherParty likewise for the second.
                var sides = new[] { (Entity: subject.Entities[0], Actors: rows.Select(r => r.Party)), (Entity: subject.Entities[1], Actors: rows.Select(r => r.OtherParty)) };
                foreach (var (entity, actors) in sides)
                {
                    var names = actors.Where(e => e.Id != entity.Id).Select(e => e.Name).Distinct(StringComparer.Ordinal).ToList();
                    if (names.Count > 0)
                    {
                        items.Add(($"Acting for {entity.Name}", string.Join(", ", names)));
                    }
                }
            }

            var contradictions = subject.Contradictions().Length;
            items.Add(("Contradictions", contradictions == 0 ? "none between the sources" : ReportPage.Count(contradictions, "pair of claims disagrees", "pairs of claims disagree")));
        }

        writer.Write("<dl class=\"dg-summary\">");
        foreach (var (term, value) in items)
        {
            writer.Write($"<dt>{Html.Escape(term)}</dt><dd>{Html.Escape(value)}</dd>");
        }

        writer.Write("</dl>");
    }

    public static void Timeline(ReportSubject subject, TextWriter writer)
    {
        var image = subject.IsWhole
            ? TimelineDrawing.Draw("Every meeting in the dataset", [.. subject.Graph.EntitiesOfKind(EntityKind.Meeting).Select(Item).OrderBy(i => i.Time.Earliest).ThenBy(i => i.Label, StringComparer.Ordinal)])
            : subject.History.ToTimelineSvg(subject.Title);
        Figure(writer, image);
    }

    public static void History(ReportSubject subject, TextWriter writer, Footnotes notes)
    {
        if (subject.IsWhole)
        {
            Meetings(subject.Graph, writer, notes);
            return;
        }

        if (subject.History.IsEmpty)
        {
            Empty(writer, "The sources record nothing here.");
            return;
        }

        var caption = subject.Entities.Length == 2 ? $"{subject.Title}, in time order" : $"{subject.Title}: relations and meetings, in time order";
        HistoryHtml.WriteHtml(new HistoryTable(caption, subject.History, subject.Graph), writer, notes);
    }

    public static void Statements(ReportSubject subject, TextWriter writer, Footnotes notes)
    {
        var statements = StatementHtml.Of(subject.Graph, subject.Scope).ToImmutableArray();
        if (statements.IsEmpty)
        {
            Empty(writer, subject.IsWhole ? "The dataset records no statements." : "The dataset records no statements by or about the subject.");
            return;
        }

        StatementHtml.WriteHtml(new StatementTable(subject.IsWhole ? "Statements" : $"Statements by or about {subject.Title}", statements, subject.Graph), writer, notes);
    }

    public static void Contradictions(ReportSubject subject, TextWriter writer, Footnotes notes)
    {
        var contradictions = subject.Contradictions();
        if (contradictions.IsEmpty)
        {
            Empty(writer, "The sources do not contradict each other here.");
            return;
        }

        ContradictionHtml.WriteHtml(new ContradictionTable(contradictions, subject.Graph), writer, notes);
    }

    public static void Network(ReportSubject subject, TextWriter writer)
    {
        if (subject.Centre is not { } centre)
        {
            Empty(writer, "The dataset is empty.");
            return;
        }

        if (subject.IsWhole)
        {
            writer.Write($"<p>Around the best-connected entity, {Html.Escape(centre.Name)}.</p>");
        }

        if (subject.Graph.RelationsOf(centre.Id).IsEmpty)
        {
            Empty(writer, $"{centre.Name} has no relations.");
            return;
        }

        Figure(writer, subject.Graph.ToEgoGraphSvg(centre, 1));
    }

    public static void Sources(ReportSubject subject, TextWriter writer, Footnotes notes)
    {
        if (notes.Count == 0)
        {
            Empty(writer, "Nothing on this page cites a source.");
            return;
        }

        writer.Write($"<p>{Html.Escape(subject.IsWhole ? "Every source of the dataset, numbered as the quotes above cite them." : "Every source the quotes above cite, numbered as they cite them.")}</p>");
        notes.WriteHtml(writer, heading: null);
    }

    private static void Meetings(DiplomaticGraph graph, TextWriter writer, Footnotes notes)
    {
        var meetings = graph.EntitiesOfKind(EntityKind.Meeting).OrderBy(m => m.Time.IsUnknown).ThenBy(m => m.Time.Earliest).ThenBy(m => m.Name, StringComparer.Ordinal).ToList();
        if (meetings.Count == 0)
        {
            Empty(writer, "The dataset records no meetings.");
            return;
        }

        Html.BeginTable(writer, "meetings", $"Meetings ({meetings.Count}), in time order, undated last", MeetingHeaders);
        foreach (var meeting in meetings)
        {
            var attended = graph.RelationsOf(meeting.Id).Where(r => r.Is(BuiltInRelationTypes.Attended) && r.To == meeting.Id).ToList();
            var who = string.Join(", ", attended.Select(r => Html.EntityName(r.From, graph)).Distinct(StringComparer.Ordinal));
            var details = meeting.Meeting;
            var status = details is { Statuses.Length: > 0 } ? string.Join(" → ", details.Statuses.Select(s => s.Status.ToString().ToLowerInvariant())) : "";
            ImmutableArray<Citation> citations = [.. meeting.Citations, .. details?.Statuses.SelectMany(s => s.Citations) ?? []];
            Html.LabelledRow(writer, MeetingHeaders, Html.Date(meeting.Time), Html.Escape(meeting.Name), Html.Escape(who), Html.Escape(status), Html.Citations(citations, notes));
        }

        Html.EndTable(writer);
    }

    private static TimelineItem Item(Entity meeting) =>
        new(meeting.Name, meeting.Meeting?.Time ?? DateRange.Unknown, meeting.Meeting is { Statuses.Length: > 0, Status: MeetingStatus.Planned }, EntityKind.Meeting);

    private static void Figure(TextWriter writer, SvgImage image) =>
        writer.Write($"<figure><div class=\"dg-figure\">{image.Markup}</div><figcaption>{Html.Escape(image.Description)}</figcaption></figure>");

    private static void Empty(TextWriter writer, string text) => writer.Write($"<p class=\"dg-empty\">{Html.Escape(text)}</p>");

    private static string Number(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
