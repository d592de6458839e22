using DiplomacyGraph.Formats.Export;
using System.Globalization;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Notebooks;

/// <summary>
/// Draws timeline items one per row against a date axis that covers every known date of every item. A date
/// known to the day is a dot; a fuzzy date is a bar spanning every day it may fall on; an open end is an arrow
/// from the known start (or to the known end) running to the edge of the axis; an item whose time is unknown
/// sits in a separate "Undated" lane below the axis, never on it. Planned items are hollow. Labels wrap onto
/// several lines instead of being cut. Every item is exactly one element of class <c>event</c>, whose
/// <c>data-time</c> says how its time is drawn (<c>day</c>, <c>span</c>, <c>open-end</c>, <c>open-start</c>, <c>unknown</c>).
/// </summary>
internal static class TimelineDrawing
{
    private const double LabelWidth = 390;
    private const double AxisWidth = 600;
    private const double RightMargin = 40;
    private const double LineHeight = 15;
    private const double RowPadding = 10;
    private const double Top = 92;
    private const int LabelChars = 52;

    public static SvgImage Draw(string title, IReadOnlyList<TimelineItem> items)
    {
        var dated = items.Where(i => !i.Time.IsUnknown).ToList();
        var undated = items.Where(i => i.Time.IsUnknown).ToList();
        var axis = TimelineAxis.Over(dated.Select(i => i.Time), LabelWidth, AxisWidth);
        var svg = new Svg(LabelWidth + AxisWidth + RightMargin, 0, title, Describe(items));
        svg.Text(12, 22, title, "font-size=\"15\" font-weight=\"bold\" fill=\"#222\"");
        svg.Text(12, 42, "dot: a known day · bar: every day a fuzzy date may fall on · arrow: open-ended, from a known start or to a known end", "font-size=\"11\" fill=\"#555\"");
        svg.Text(12, 57, "hollow: planned · items with no known date are listed under “Undated”, off the axis", "font-size=\"11\" fill=\"#555\"");

        var y = Top;
        var rows = new List<(TimelineItem Item, double Top, double Middle)>();
        foreach (var item in dated)
        {
            var height = RowHeight(item);
            rows.Add((item, y, y + (height / 2)));
            y += height;
        }

        var axisBottom = y;
        if (axis is not null)
        {
            DrawAxis(svg, axis, axisBottom);
        }

        foreach (var (item, rowTop, middle) in rows)
        {
            svg.Raw($"<g class=\"row\"><title>{Svg.Escape($"{item.Time}  {item.Label}")}</title>");
            DrawLabel(svg, item, rowTop);
            DrawMark(svg, item, axis!, middle);
            svg.Raw("</g>");
        }

        if (undated.Count > 0)
        {
            y += 18;
            svg.Raw($"<line x1=\"12\" y1=\"{Svg.Number(y)}\" x2=\"{Svg.Number(LabelWidth + AxisWidth)}\" y2=\"{Svg.Number(y)}\" stroke=\"#bbb\"/>");
            svg.Text(12, y + 18, $"Undated ({undated.Count}): no source gives a time", "font-weight=\"bold\" fill=\"#444\"");
            y += 28;
            foreach (var item in undated)
            {
                var height = RowHeight(item);
                svg.Raw($"<g class=\"row\"><title>{Svg.Escape($"{item.Time}  {item.Label}")}</title>");
                DrawLabel(svg, item, y);
                DrawUnknown(svg, item, y + (height / 2));
                svg.Raw("</g>");
                y += height;
            }
        }

        svg.Height = y + 16;
        return svg.ToImage();
    }

    /// <summary>What the drawing shows, in words: <c>Timeline: 11 events, 2021 – 2025-05-20 (1 undated) — title</c>.</summary>
    private static string Describe(IReadOnlyList<TimelineItem> items)
    {
        var undated = items.Count(i => i.Time.IsUnknown);
        var span = DateSpan.Of(items.Select(i => i.Time));
        return $"Timeline: {items.Count} event{(items.Count == 1 ? "" : "s")}, {span}{(undated > 0 ? $" ({undated} undated)" : "")}";
    }

    private static IReadOnlyList<string> LabelLines(TimelineItem item) => Svg.Wrap(item.Label, LabelChars);

    private static double RowHeight(TimelineItem item) => ((1 + LabelLines(item).Count) * LineHeight) + RowPadding;

    /// <summary>The date (as written, fuzzy or open) on the first line, the label wrapped beneath it.</summary>
    private static void DrawLabel(Svg svg, TimelineItem item, double rowTop)
    {
        svg.Text(LabelWidth - 12, rowTop + LineHeight, item.Time.ToString(), "text-anchor=\"end\" font-size=\"10.5\" fill=\"#666\"");
        svg.Lines(LabelWidth - 12, rowTop + (2 * LineHeight), LabelLines(item), LineHeight, "text-anchor=\"end\" fill=\"#222\"");
    }

    private static void DrawMark(Svg svg, TimelineItem item, TimelineAxis axis, double y)
    {
        var colour = KindColors.Hex(item.Kind);
        var fill = item.Planned ? "white" : colour;
        var time = item.Time;
        if (time.Start is not null && time.End is not null)
        {
            var (from, to) = (time.Earliest, time.Latest);
            if (from == to)
            {
                svg.Raw($"<circle class=\"event\" data-time=\"day\" cx=\"{Svg.Number(axis.Centre(from))}\" cy=\"{Svg.Number(y)}\" r=\"6\" fill=\"{fill}\" stroke=\"{colour}\" stroke-width=\"2\"/>");
            }
            else
            {
                svg.Raw($"<rect class=\"event\" data-time=\"span\" {Bar(axis, from, to, y)} fill=\"{fill}\" stroke=\"{colour}\" stroke-width=\"2\"/>");
            }

            return;
        }

        // Open on one side: the known bound (a dot or a bar over its uncertainty), and an arrow from it to the edge.
        var openEnd = time.End is null;
        var bound = openEnd ? time.Start!.Value : time.End!.Value;
        var (boundFrom, boundTo) = (Clamp(bound.Date.Earliest, axis), Clamp(bound.Date.Latest, axis));
        var kind = openEnd ? "open-end" : "open-start";
        svg.Raw($"<g class=\"event\" data-time=\"{kind}\" fill=\"{fill}\" stroke=\"{colour}\" stroke-width=\"2\">");
        var (arrowFrom, arrowTo) = openEnd ? (axis.X(boundTo.AddDays(1)), axis.Right) : (axis.X(boundFrom), axis.Left);
        if (bound.Exclusive)
        {
            // "after 2025-05-20": the day itself is excluded, so the arrow alone starts after it.
            arrowFrom = openEnd ? axis.X(boundTo.AddDays(1)) : axis.X(boundFrom);
        }
        else if (boundFrom == boundTo)
        {
            svg.Raw($"<circle cx=\"{Svg.Number(axis.Centre(boundFrom))}\" cy=\"{Svg.Number(y)}\" r=\"6\"/>");
        }
        else
        {
            svg.Raw($"<rect {Bar(axis, boundFrom, boundTo, y)}/>");
        }

        var direction = openEnd ? 1 : -1;
        var tip = arrowTo;
        var shaftEnd = tip - (direction * 9);
        svg.Raw($"<line x1=\"{Svg.Number(arrowFrom)}\" y1=\"{Svg.Number(y)}\" x2=\"{Svg.Number(shaftEnd)}\" y2=\"{Svg.Number(y)}\" stroke-dasharray=\"6 3\"/>");
        svg.Raw($"<polygon points=\"{Svg.Number(tip)},{Svg.Number(y)} {Svg.Number(shaftEnd)},{Svg.Number(y - 5)} {Svg.Number(shaftEnd)},{Svg.Number(y + 5)}\" stroke-width=\"1\"/>");
        svg.Raw("</g>");
    }

    private static void DrawUnknown(Svg svg, TimelineItem item, double y)
    {
        var colour = KindColors.Of(item.Kind);
        svg.Raw($"<g class=\"event\" data-time=\"unknown\"><rect x=\"{Svg.Number(LabelWidth)}\" y=\"{Svg.Number(y - 9)}\" width=\"110\" height=\"18\" rx=\"9\" fill=\"white\" stroke=\"{colour}\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>");
        svg.Text(LabelWidth + 55, y + 4, "date unknown", "text-anchor=\"middle\" font-size=\"10.5\" font-style=\"italic\" fill=\"#555\"");
        svg.Raw("</g>");
    }

    private static string Bar(TimelineAxis axis, DateOnly from, DateOnly to, double y)
    {
        var left = axis.X(from);
        var width = Math.Max(axis.X(to.AddDays(1)) - left, 4);
        return $"x=\"{Svg.Number(left)}\" y=\"{Svg.Number(y - 6)}\" width=\"{Svg.Number(width)}\" height=\"12\" rx=\"4\"";
    }

    private static void DrawAxis(Svg svg, TimelineAxis axis, double bottom)
    {
        foreach (var (left, right) in axis.Breaks)
        {
            // Years in which nothing starts or ends are left out: a shaded gap with a break mark on the axis.
            svg.Raw($"<rect class=\"axis-break\" x=\"{Svg.Number(left)}\" y=\"{Svg.Number(Top - 8)}\" width=\"{Svg.Number(right - left)}\" height=\"{Svg.Number(bottom - Top + 8)}\" fill=\"#f3f4f6\"/>");
            var middle = (left + right) / 2;
            svg.Raw($"<path d=\"M{Svg.Number(middle - 6)},{Svg.Number(bottom + 6)} L{Svg.Number(middle - 2)},{Svg.Number(bottom - 6)} M{Svg.Number(middle + 2)},{Svg.Number(bottom + 6)} L{Svg.Number(middle + 6)},{Svg.Number(bottom - 6)}\" stroke=\"#888\" fill=\"none\"/>");
        }

        foreach (var (tick, label) in axis.Ticks())
        {
            var x = Svg.Number(axis.X(tick));
            svg.Raw($"<line x1=\"{x}\" y1=\"{Svg.Number(Top - 8)}\" x2=\"{x}\" y2=\"{Svg.Number(bottom)}\" stroke=\"#e3e6ea\"/>");
            svg.Text(axis.X(tick), Top - 14, label, "text-anchor=\"middle\" font-size=\"10\" fill=\"#555\"");
        }

        svg.Raw($"<line x1=\"{Svg.Number(axis.Left)}\" y1=\"{Svg.Number(bottom)}\" x2=\"{Svg.Number(axis.Right)}\" y2=\"{Svg.Number(bottom)}\" stroke=\"#888\"/>");
    }

    private static DateOnly Clamp(DateOnly day, TimelineAxis axis) => day < axis.From ? axis.From : day > axis.To ? axis.To : day;
}
