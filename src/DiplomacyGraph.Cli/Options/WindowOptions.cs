using System.CommandLine;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Cli.Options;

/// <summary><c>--from D --to D</c>: a time window (fuzzy dates; either end may be left open).</summary>
internal sealed class WindowOptions
{
    public Option<string?> From { get; } = new("--from") { Description = "Only what possibly happened on or after this date (2025, 2025-03 or 2025-03-22; with --certain, certainly)." };

    public Option<string?> To { get; } = new("--to") { Description = "Only what possibly happened on or before this date (with --certain, certainly)." };

    public void AddTo(Command command)
    {
        command.Options.Add(From);
        command.Options.Add(To);
    }

    /// <summary>The window, or <see langword="null"/> when neither end is given.</summary>
    /// <exception cref="FormatException">A date is not a date.</exception>
    public DateRange? Get(ParseResult result)
    {
        var from = result.GetValue(From);
        var to = result.GetValue(To);
        if (from is null && to is null)
        {
            return null;
        }

        try
        {
            return new DateRange(
                from is null ? null : new DateBound(FuzzyDate.Parse(from)),
                to is null ? null : new DateBound(FuzzyDate.Parse(to)));
        }
        catch (ArgumentException e)
        {
            throw new FormatException($"--from {from} --to {to}: the window ends before it starts.", e);
        }
    }
}
