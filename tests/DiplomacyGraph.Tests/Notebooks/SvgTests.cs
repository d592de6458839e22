using System.Xml.Linq;
using DiplomacyGraph.Model;
using DiplomacyGraph.Notebooks;
using DiplomacyGraph.Queries;

namespace DiplomacyGraph.Tests.Notebooks;

/// <summary>The SVG drawings: well-formed, self-contained, one mark per thing drawn, and deterministic.</summary>
public sealed class SvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly DiplomaticGraph Seeds = DiplomacyGraph.Seeds.Load();

    [Fact]
    public void The_ego_graph_has_one_node_per_entity_in_reach_and_one_line_per_related_pair()
    {
        var sadiq = Seeds.Resolve("Muhammad Sadiq");

        var svg = XDocument.Parse(Seeds.ToEgoGraphSvg(sadiq).Markup);

        var neighbours = Seeds.RelationsOf(sadiq.Id).Select(r => r.From == sadiq.Id ? r.To : r.From).ToHashSet(StringComparer.Ordinal);
        var titles = Elements(svg, "g").Where(g => (string?)g.Attribute("class") == "node").Select(g => g.Element(Svg + "title")!.Value).ToList();
        Assert.Equal(neighbours.Count + 1, titles.Count);
        Assert.All(neighbours, id => Assert.Contains(titles, t => t.EndsWith($", {id})", StringComparison.Ordinal)));
        var members = neighbours.Append(sadiq.Id).ToHashSet(StringComparer.Ordinal);
        var pairs = Seeds.Relations.Where(r => r.From != r.To && members.Contains(r.From) && members.Contains(r.To))
            .Select(r => string.CompareOrdinal(r.From, r.To) < 0 ? (r.From, r.To) : (r.To, r.From)).Distinct().Count();
        Assert.Equal(pairs, Elements(svg, "line").Count(l => (string?)l.Attribute("class") == "link"));
    }

    [Fact]
    public void Two_hops_reach_further_and_rings_grow_outward()
    {
        var sadiq = Seeds.Resolve("Muhammad Sadiq");

        var one = XDocument.Parse(Seeds.ToEgoGraphSvg(sadiq, 1).Markup);
        var two = XDocument.Parse(Seeds.ToEgoGraphSvg(sadiq, 2).Markup);

        Assert.True(Nodes(two) > Nodes(one));
        Assert.Throws<ArgumentOutOfRangeException>(() => Seeds.ToEgoGraphSvg(sadiq, 0));
    }

    [Fact]
    public void The_ego_graph_is_deterministic_and_self_contained()
    {
        var dar = Seeds.Resolve("Ishaq Dar");

        var markup = Seeds.ToEgoGraphSvg(dar, 2).Markup;

        Assert.Equal(markup, Seeds.ToEgoGraphSvg(dar, 2).Markup);
        AssertSelfContained(markup);
    }

    [Fact]
    public void A_timeline_draws_days_as_dots_fuzzy_dates_as_bars_open_ends_as_arrows_and_unknown_times_in_their_own_lane()
    {
        TimelineItem[] items =
        [
            new("since", DateRange.Parse("2021/.."), Planned: false, EntityKind.Country),
            new("a day", DateRange.Parse("2025-03-22"), Planned: false, EntityKind.Meeting),
            new("a month", DateRange.Parse("2025-04 (inferred)"), Planned: false, EntityKind.Meeting),
            new("after", DateRange.Parse("after 2025-05-20"), Planned: true, EntityKind.Meeting),
            new("never said", DateRange.Unknown, Planned: false, EntityKind.Person),
        ];

        var image = TimelineDrawing.Draw("test", items);

        var svg = XDocument.Parse(image.Markup);
        var marks = Elements(svg, "*").Where(e => (string?)e.Attribute("class") == "event").ToList();
        Assert.Equal(items.Length, marks.Count);
        Assert.Equal(["open-end", "day", "span", "open-end", "unknown"], marks.Select(m => (string)m.Attribute("data-time")!));
        Assert.Equal(["g", "circle", "rect", "g", "g"], marks.Select(m => m.Name.LocalName));
        Assert.Equal("white", (string?)marks[3].Attribute("fill"));
        Assert.All(new[] { marks[0], marks[3] }, m => Assert.Single(m.Elements(Svg + "polygon")));

        // The axis covers every dated item: its first tick is 2021 (the start of "2021/.."), and every mark lies on it.
        var ticks = Elements(svg, "text").Where(t => (string?)t.Attribute("font-size") == "10").ToList();
        Assert.Equal("2021", ticks[0].Value);
        var axis = Elements(svg, "line").Single(l => (string?)l.Attribute("stroke") == "#888");
        var (left, right) = (Number(axis, "x1"), Number(axis, "x2"));
        Assert.All(marks.Take(4).SelectMany(m => m.DescendantsAndSelf()).Where(e => e.Attribute("x") is not null || e.Attribute("cx") is not null),
            e => Assert.InRange(Number(e, e.Attribute("x") is not null ? "x" : "cx"), left, right));
        // 2022–2024 hold no start or end: the axis breaks there, so a month of 2025 keeps a readable width.
        Assert.Single(Elements(svg, "rect"), r => (string?)r.Attribute("class") == "axis-break");
        var monthBar = marks[2];
        Assert.True(Number(monthBar, "width") > 30, $"a month-long bar is {Number(monthBar, "width")} px wide");

        // The undated item is drawn below the axis, in the "Undated" lane, not on it.
        var lane = Elements(svg, "text").Single(t => t.Value.StartsWith("Undated (1)", StringComparison.Ordinal));
        Assert.True(Number(marks[4].Element(Svg + "rect")!, "y") > Number(lane, "y"));
        Assert.Equal("Timeline: 5 events, 2021 – 2025-05-20 (1 undated)", image.Description);
        Assert.Equal(image.Description, svg.Root!.Element(Svg + "desc")!.Value);
        Assert.Equal("test", svg.Root!.Element(Svg + "title")!.Value);
        AssertSelfContained(image.Markup);
    }

    [Fact]
    public void A_timeline_label_follows_the_relations_direction_not_the_side_the_row_is_seen_from()
    {
        var markup = Seeds.History("pakistan", "afghanistan").ToTimelineSvg("history").Markup;

        Assert.Contains("Taliban —representation→ Pakistan", markup, StringComparison.Ordinal);
        Assert.Contains("Pakistan —representation→ Taliban", markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_labels_wrap_onto_several_lines_and_keep_every_word()
    {
        const string label = "Afghanistan–Pakistan–China trilateral meeting of foreign ministers in Beijing on the Belt and Road";
        var image = TimelineDrawing.Draw("t", [new TimelineItem(label, DateRange.Parse("2025-05-20"), false, EntityKind.Meeting)]);

        var text = Elements(XDocument.Parse(image.Markup), "text").Single(t => t.Elements(Svg + "tspan").Count() > 1);

        Assert.Equal(label, string.Join(" ", text.Elements(Svg + "tspan").Select(t => t.Value)));
        Assert.DoesNotContain("…", image.Markup, StringComparison.Ordinal);
        Assert.All(DiplomacyGraph.Notebooks.Svg.Wrap(label, 20), line => Assert.InRange(line.Length, 1, 20));
    }

    [Fact]
    public void The_ego_graph_says_what_it_shows_in_its_desc()
    {
        var image = Seeds.ToEgoGraphSvg(Seeds.Resolve("Muhammad Sadiq"));

        var desc = XDocument.Parse(image.Markup).Root!.Element(Svg + "desc")!.Value;

        var neighbours = Seeds.RelationsOf("muhammad-sadiq").Select(r => r.From == "muhammad-sadiq" ? r.To : r.From).Distinct().Count();
        Assert.StartsWith($"Ego graph: Muhammad Sadiq and {neighbours} entities within 1 relation (", desc, StringComparison.Ordinal);
        Assert.Equal(image.Description, desc);
    }

    private static double Number(XElement element, string attribute) =>
        double.Parse((string)element.Attribute(attribute)!, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void A_timeline_names_each_statement_row_by_who_said_it_not_by_its_occasion()
    {
        var rows = Seeds.Timeline("ishaq-dar");
        var statements = rows.Count(r => r.Kind == HistoryEntryKind.Statement);

        var svg = XDocument.Parse(rows.ToTimelineSvg("Dar").Markup);

        Assert.True(statements >= 10, $"only {statements} statement rows");
        Assert.Equal(statements, Elements(svg, "text").Count(t => t.Value.StartsWith("Ishaq Dar —said→ ", StringComparison.Ordinal)));
    }

    private static int Nodes(XDocument svg) => Elements(svg, "g").Count(g => (string?)g.Attribute("class") == "node");

    private static IEnumerable<XElement> Elements(XDocument svg, string name) =>
        name == "*" ? svg.Descendants() : svg.Descendants(Svg + name);

    internal static void AssertSelfContained(string markup)
    {
        var svg = XDocument.Parse(markup);
        Assert.Equal(Svg + "svg", svg.Root!.Name);
        Assert.Empty(svg.Descendants(Svg + "script"));
        Assert.Empty(svg.Descendants(Svg + "image"));
        Assert.Empty(svg.Descendants(Svg + "style"));
        Assert.DoesNotContain("href", markup, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", markup, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@font-face", markup, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" on", svg.Descendants().SelectMany(e => e.Attributes()).Select(a => " " + a.Name.LocalName));
    }
}
