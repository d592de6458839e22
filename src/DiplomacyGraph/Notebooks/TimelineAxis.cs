using System.Globalization;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Notebooks;

/// <summary>
/// The date axis of a timeline drawing: it covers every known bound of every item (the start of <c>2021/..</c>, the
/// end of <c>before 2025-06</c>), in whole months. Where more than a year passes in which no item starts or ends, the
/// axis is broken: each stretch of dates gets its own scale and the empty years shrink to a narrow, marked gap, so
/// that an open relation since 2021 does not squeeze the months of 2025 into a few pixels.
/// </summary>
internal sealed class TimelineAxis
{
    private const double BreakWidth = 28;
    private const int GapDays = 365;
    private const double MinTickSpacing = 46;

    private readonly List<Segment> segments;

    private TimelineAxis(List<Segment> segments) => this.segments = segments;

    public DateOnly From => segments[0].From;

    public DateOnly To => segments[^1].To;

    public double Left => segments[0].Left;

    public double Right => segments[^1].Right;

    /// <summary>The gaps between stretches, as x ranges.</summary>
    public IEnumerable<(double Left, double Right)> Breaks => segments.Zip(segments.Skip(1), (a, b) => (a.Right, b.Left));

    /// <summary>The axis over the known bounds of <paramref name="times"/>, drawn from <paramref name="left"/> over <paramref name="width"/> pixels; null when no time has a known bound.</summary>
    public static TimelineAxis? Over(IEnumerable<DateRange> times, double left, double width)
    {
        var known = new SortedSet<DateOnly>();
        foreach (var bound in times.SelectMany(t => new[] { t.Start, t.End }).OfType<DateBound>())
        {
            known.Add(bound.Date.Earliest);
            known.Add(bound.Date.Latest);
        }

        if (known.Count == 0)
        {
            return null;
        }

        // Stretches: known days closer than a year to the previous one belong to the same stretch.
        var stretches = new List<(DateOnly First, DateOnly Last)>();
        foreach (var day in known)
        {
            if (stretches.Count > 0 && day.DayNumber - stretches[^1].Last.DayNumber <= GapDays)
            {
                stretches[^1] = (stretches[^1].First, day);
            }
            else
            {
                stretches.Add((day, day));
            }
        }

        // Whole months; the last stretch gets one more month, room for an open end's arrow.
        var ranges = stretches.Select((s, i) => (
            From: new DateOnly(s.First.Year, s.First.Month, 1),
            To: new DateOnly(s.Last.Year, s.Last.Month, 1).AddMonths(i == stretches.Count - 1 ? 2 : 1).AddDays(-1))).ToList();

        // Each stretch's width grows with the square root of its length: long stretches stay longer, short ones readable.
        var available = width - (BreakWidth * (ranges.Count - 1));
        var weights = ranges.Select(r => Math.Sqrt(r.To.DayNumber - r.From.DayNumber + 1)).ToList();
        var segments = new List<Segment>();
        var x = left;
        for (var i = 0; i < ranges.Count; i++)
        {
            var w = ranges.Count == 1 ? width : available * weights[i] / weights.Sum();
            segments.Add(new Segment(ranges[i].From, ranges[i].To, x, x + w));
            x += w + BreakWidth;
        }

        return new TimelineAxis(segments);
    }

    /// <summary>The x of the start of <paramref name="day"/>; a day in a gap falls inside the gap, in proportion.</summary>
    public double X(DateOnly day)
    {
        if (day <= From)
        {
            return Left;
        }

        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            if (day <= segment.To.AddDays(1))
            {
                if (day >= segment.From)
                {
                    return segment.X(day);
                }

                var previous = segments[i - 1];
                var share = (day.DayNumber - previous.To.DayNumber - 1) / (double)(segment.From.DayNumber - previous.To.DayNumber - 1);
                return previous.Right + (share * (segment.Left - previous.Right));
            }
        }

        return Right;
    }

    /// <summary>The x of the middle of <paramref name="day"/> (where a dot for that day goes).</summary>
    public double Centre(DateOnly day) => (X(day) + X(day.AddDays(1))) / 2;

    /// <summary>Tick days and labels per stretch: every 1, 3, 6 or 12 months as room allows; January as <c>2025</c>, other months as <c>2025-03</c>.</summary>
    public IEnumerable<(DateOnly Day, string Label)> Ticks()
    {
        foreach (var segment in segments)
        {
            var months = ((segment.To.Year * 12) + segment.To.Month) - ((segment.From.Year * 12) + segment.From.Month) + 1;
            var step = new[] { 1, 3, 6, 12, 24, 60 }.First(s => (segment.Right - segment.Left) * s / months >= MinTickSpacing || s == 60);
            for (var tick = segment.From; tick <= segment.To; tick = tick.AddMonths(1))
            {
                var index = ((tick.Year * 12) + tick.Month - 1) % step;
                if (index == 0)
                {
                    yield return (tick, tick.ToString(tick.Month == 1 ? "yyyy" : "yyyy-MM", CultureInfo.InvariantCulture));
                }
            }
        }
    }

    /// <summary>One stretch of the axis: its days and the pixels they are drawn over, linearly.</summary>
    private sealed record Segment(DateOnly From, DateOnly To, double Left, double Right)
    {
        public double X(DateOnly day) => Left + ((Right - Left) * (day.DayNumber - From.DayNumber) / (To.DayNumber - From.DayNumber + 1));
    }
}
