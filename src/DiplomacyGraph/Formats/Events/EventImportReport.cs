using System.Globalization;

namespace DiplomacyGraph.Formats.Events;

/// <summary>What an import of coded event rows did: rows read, relations made, what was set aside and why.</summary>
public sealed class EventImportReport
{
    private readonly SortedDictionary<string, int> skipped = new(StringComparer.Ordinal);
    private readonly List<GraphError> skippedExamples = [];
    private readonly List<string> ambiguous = [];

    /// <summary>Event rows read (the ICEWS header not counted).</summary>
    public long Rows { get; internal set; }

    /// <summary>Event relations made (fewer than the rows kept when aggregating).</summary>
    public long Relations { get; internal set; }

    /// <summary>Rows left out by the country filter.</summary>
    public long FilteredOut { get; internal set; }

    /// <summary>Rows merged into an earlier row's relation by aggregation.</summary>
    public long Aggregated { get; internal set; }

    /// <summary>Rows with one actor (or the same actor on both sides), kept as a relation from that actor to the event's location.</summary>
    public long OneActor { get; internal set; }

    /// <summary>Rows with one actor and no location (or a location that is that actor, a country), or no actor at all: not relations, counted here.</summary>
    public long WithoutCounterpart { get; internal set; }

    /// <summary>Values whose C1 control characters were read as Windows-1252 (GDELT writes a few names so).</summary>
    public long Repaired { get; internal set; }

    /// <summary>Actors matched to an entity already in the graph by name or alias.</summary>
    public long Matched { get; internal set; }

    /// <summary>Bad rows skipped (only with <see cref="EventImportOptions.SkipBadRows"/>), by reason.</summary>
    public IReadOnlyDictionary<string, int> Skipped => skipped;

    /// <summary>The first skipped rows' errors (up to 20), at file:line:column.</summary>
    public IReadOnlyList<GraphError> SkippedExamples => skippedExamples;

    /// <summary>Actors whose name matched several existing entities: imported as entities of their own, the candidates named.</summary>
    public IReadOnlyList<string> Ambiguous => ambiguous;

    /// <summary>How many bad rows were skipped in all.</summary>
    public long SkippedRows => skipped.Values.Sum();

    /// <summary>One line per fact, for people (the CLI prints it on standard error).</summary>
    public override string ToString()
    {
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"{Rows:N0} rows read; {Relations:N0} event relations"),
        };
        void Line(long count, string text)
        {
            if (count > 0)
            {
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"{count:N0} {text}"));
            }
        }

        Line(FilteredOut, "rows left out by --country");
        Line(Aggregated, "rows merged into another row's relation (aggregated)");
        Line(OneActor, "one-actor rows kept as a relation to the event's location");
        Line(WithoutCounterpart, "rows not imported: one actor and no other location than itself, or no actor");
        Line(Matched, "actors matched to existing entities");
        Line(Repaired, "values with C1 control characters read as Windows-1252");
        foreach (var (reason, count) in skipped)
        {
            Line(count, $"bad rows skipped: {reason}");
        }

        lines.AddRange(skippedExamples.Select(e => "  " + e));
        lines.AddRange(ambiguous.Select(a => "ambiguous: " + a));
        return string.Join(Environment.NewLine, lines);
    }

    internal void Skip(string reason, GraphError error)
    {
        skipped[reason] = skipped.GetValueOrDefault(reason) + 1;
        if (skippedExamples.Count < 20)
        {
            skippedExamples.Add(error);
        }
    }

    internal void AddAmbiguous(string text) => ambiguous.Add(text);
}
