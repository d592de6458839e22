using DiplomacyGraph.Formats.Network;
using System.Globalization;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Notebooks;

/// <summary>
/// Draws timeline items one per row against a date axis. A date known to the day is a dot; a fuzzy date is a
/// bar spanning every day it may fall on; an open end runs faded to the edge of the axis; an unknown date is a
/// faded dashed bar across the whole axis. Planned items are hollow. Every item is exactly one element of
/// class <c>event</c>.
/// </summary>
internal static class TimelineDrawing
{
    private const double LabelWidth = 450;
    private const double AxisWidth = 560;
    private const double RowHeight = 24;
    private const double Top = 74;
    private const int LabelLength = 62;

    public static SvgImage Draw(string title, IReadOnlyList<TimelineItem> items)
    {
        var domain = Domain(items);
        var (from, to) = domain ?? (DateOnly.MinValue, DateOnly.MinValue.AddDays(364));
        var days = to.DayNumber - from.DayNumber + 1;
        double X(DateOnly day) => LabelWidth + (AxisWidth * (day.DayNumber - from.DayNumber) / days);

        var height = Top + (items.Count * RowHeight) + 40;
        var svg = new Svg(LabelWidth + AxisWidth + 30, height, title);
        svg.Text(12, 22, title, "font-size=\"15\" font-weight=\"bold\" fill=\"#222\"");
        svg.Text(12, 42, "dot: a known day · bar: every day a fuzzy date may fall on · faded: open-ended or unknown · hollow: planned", "font-size=\"11\" fill=\"#555\"");
        if (domain is not null)
        {
            DrawAxis(svg, from, to, X, height);
        }

        for (var i = 0; i < items.Count; i++)
        {
            var y = Top + (i * RowHeight) + (RowHeight / 2);
            var item = items[i];
            svg.Raw($"<g class=\"row\"><title>{Svg.Escape($"{item.Time}  {item.Label}")}</title>");
            svg.Text(LabelWidth - 12, y + 4, Svg.Shorten($"{item.Time}  {item.Label}", LabelLength), "text-anchor=\"end\" fill=\"#222\"");
            DrawMark(svg, item, from, to, X, y);
            svg.Raw("</g>");
        }

        return svg.ToImage();
    }

    private static void DrawMark(Svg svg, TimelineItem item, DateOnly from, DateOnly to, Func<DateOnly, double> x, double y)
    {
        var colour = KindColors.Hex(item.Kind);
        var fill = item.Planned ? "white" : colour;
        var time = item.Time;
        var open = time.Start is null || time.End is null;
        var start = time.Start is null ? from : Clamp(time.Earliest, from, to);
        var end = time.End is null ? to : Clamp(time.Latest, from, to);
        open |= time.Earliest < from || time.Latest > to;
        var opacity = open ? " fill-opacity=\"0.35\" stroke-opacity=\"0.6\"" : "";
        var dashed = time.IsUnknown ? " stroke-dasharray=\"4 3\"" : "";
        if (!open && start == end)
        {
            svg.Raw($"<circle class=\"event\" cx=\"{Svg.Number(x(start) + 0.5)}\" cy=\"{Svg.Number(y)}\" r=\"6\" fill=\"{fill}\" stroke=\"{colour}\" stroke-width=\"2\"/>");
        }
        else
        {
            var left = x(start);
            var width = Math.Max(x(end.AddDays(1)) - left, 4);
            svg.Raw($"<rect class=\"event\" x=\"{Svg.Number(left)}\" y=\"{Svg.Number(y - 6)}\" width=\"{Svg.Number(width)}\" height=\"12\" rx=\"4\" fill=\"{fill}\" stroke=\"{colour}\" stroke-width=\"2\"{opacity}{dashed}/>");
        }
    }

    private static void DrawAxis(Svg svg, DateOnly from, DateOnly to, Func<DateOnly, double> x, double height)
    {
        var months = (to.Year * 12) + to.Month - ((from.Year * 12) + from.Month) + 1;
        var step = months <= 14 ? 1 : months <= 36 ? 3 : 12;
        for (var tick = new DateOnly(from.Year, from.Month, 1); tick <= to; tick = tick.AddMonths(step))
        {
            if (tick < from)
            {
                continue;
            }

            var tx = Svg.Number(x(tick));
            svg.Raw($"<line x1=\"{tx}\" y1=\"{Svg.Number(Top - 8)}\" x2=\"{tx}\" y2=\"{Svg.Number(height - 30)}\" stroke=\"#e3e6ea\"/>");
            svg.Text(x(tick), Top - 14, tick.ToString(step == 12 ? "yyyy" : "yyyy-MM", CultureInfo.InvariantCulture), "text-anchor=\"middle\" font-size=\"10\" fill=\"#555\"");
        }

        svg.Raw($"<line x1=\"{Svg.Number(x(from))}\" y1=\"{Svg.Number(height - 30)}\" x2=\"{Svg.Number(x(to.AddDays(1)))}\" y2=\"{Svg.Number(height - 30)}\" stroke=\"#888\"/>");
        svg.Text(x(from), height - 12, from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "font-size=\"10\" fill=\"#555\"");
        svg.Text(x(to.AddDays(1)), height - 12, to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "text-anchor=\"end\" font-size=\"10\" fill=\"#555\"");
    }

    /// <summary>
    /// From the first known day to the last, in whole months, over the items whose dates are bounded on both
    /// sides (an open end such as <c>2021/..</c> would stretch the axis over years it says nothing about; it is
    /// drawn running off the edge instead); over every known bound when no item is bounded on both sides; null
    /// when no item has a known date (no axis is drawn).
    /// </summary>
    private static (DateOnly From, DateOnly To)? Domain(IReadOnlyList<TimelineItem> items)
    {
        var bounded = items.Where(i => i.Time.Start is not null && i.Time.End is not null).SelectMany(i => new[] { i.Time.Earliest, i.Time.Latest }).ToList();
        var known = bounded.Count > 0
            ? bounded
            : items.SelectMany(i => new[] { i.Time.Start is null ? (DateOnly?)null : i.Time.Earliest, i.Time.End is null ? null : i.Time.Latest }).OfType<DateOnly>().ToList();
        if (known.Count == 0)
        {
            return null;
        }

        var first = known.Min();
        var last = known.Max();
        return (new DateOnly(first.Year, first.Month, 1), new DateOnly(last.Year, last.Month, 1).AddMonths(1).AddDays(-1));
    }

    private static DateOnly Clamp(DateOnly day, DateOnly from, DateOnly to) => day < from ? from : day > to ? to : day;
}
