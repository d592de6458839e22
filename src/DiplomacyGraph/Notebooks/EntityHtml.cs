using DiplomacyGraph.Model;

namespace DiplomacyGraph.Notebooks;

/// <summary>
/// An entity: its facts with their quotes, then (when its graph is given, as in an <see cref="EntityCard"/>)
/// its relations in time order; then the sources it rests on, as numbered footnotes.
/// </summary>
internal static class EntityHtml
{
    public static void WriteHtml(Entity entity, DiplomaticGraph? graph, TextWriter writer)
    {
        var notes = new Footnotes(graph);
        WriteFactsHtml(entity, writer, notes);
        if (graph is not null && graph.RelationsOf(entity.Id) is { Length: > 0 } relations)
        {
            Html.BeginTable(writer, "relations", $"Relations of {entity.Name}, in time order", RelationRows.Headers);
            RelationRows.WriteHtml(writer, relations, graph, notes);
            Html.EndTable(writer);
        }

        notes.WriteHtml(writer);
    }

    /// <summary>The facts table alone, its citations numbered in <paramref name="notes"/>.</summary>
    public static void WriteFactsHtml(Entity entity, TextWriter writer, Footnotes notes)
    {
        Html.BeginTable(writer, "entity", $"{entity.Name} — {entity.Kind}", "Field", "Value", "Quotes");
        Html.Row(writer, "Id", Html.Escape(entity.Id), "");
        if (entity.Aliases.Length > 0)
        {
            Html.Row(writer, "Also", Html.Escape(string.Join(", ", entity.Aliases)), "");
        }

        foreach (var (key, value) in entity.Attributes)
        {
            Html.Row(writer, Html.Escape(key), Html.Escape(value), "");
        }

        if (entity.Meeting is { } meeting)
        {
            Html.Row(writer, "When", Html.Date(meeting.Time), "");
            foreach (var report in meeting.Statuses)
            {
                Html.Row(writer, "Status", Html.Escape(report.Status.ToString()), Html.Citations(report.Citations, notes));
            }

            if (meeting.Topics.Length > 0)
            {
                Html.Row(writer, "Topics", Html.Escape(string.Join(", ", meeting.Topics)), "");
            }
        }

        if (entity.Basis == Basis.Inferred || entity.Note is not null)
        {
            Html.Row(writer, entity.Basis == Basis.Inferred ? "Inferred" : "Note", Html.Escape(entity.Note ?? string.Empty), "");
        }

        if (entity.Statement is { } statement)
        {
            StatementRows(entity, statement, notes.Graph, (field, value) => Html.Row(writer, field, Html.Escape(value), ""));
            Html.Row(writer, Html.Escape(Words(statement)), "", Html.Citations(entity.Citations, notes));
        }
        else if (entity.Citations.Length > 0)
        {
            Html.Row(writer, "Cited", "", Html.Citations(entity.Citations, notes));
        }

        Html.EndTable(writer);
    }

    /// <summary>A statement's act (with its CAMEO codes), speech mode, time and topics; with its graph, speakers, occasion and subjects.</summary>
    private static void StatementRows(Entity entity, StatementDetails statement, DiplomaticGraph? graph, Action<string, string> row)
    {
        row("Act", $"{Queries.StatementQueries.ActText(statement.Act)} (CAMEO {string.Join(", ", StatementActs.CameoCodes(statement.Act))})");
        row("Speech", Queries.StatementQueries.SpeechText(statement.Speech));
        row("When", statement.Time.ToString());
        if (statement.Topics.Length > 0)
        {
            row("Topics", string.Join(", ", statement.Topics));
        }

        if (graph is not null && graph.TryGetEntity(entity.Id, out _))
        {
            var facts = Queries.StatementQueries.StatementFacts(graph, entity.Id);
            row("Said by", facts.Speakers.IsEmpty ? "(no speaker recorded)" : string.Join(", ", facts.Speakers));
            if (facts.Occasion is { } occasion)
            {
                row("At", occasion.Name);
            }

            if (facts.Subjects.Length > 0)
            {
                row("About", string.Join(", ", facts.Subjects.Select(s => s.Name)));
            }
        }
    }

    /// <summary>The label of a statement's citations: its words, quoted or reported (the article's words, never the speaker's).</summary>
    private static string Words(StatementDetails statement) =>
        statement.Speech == SpeechMode.Quoted ? "Words (quoted)" : "Words (reported: the article's, not the speaker's)";
}
