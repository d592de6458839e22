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
    public void A_timeline_has_one_mark_per_item_dots_for_days_bars_for_fuzzy_dates_and_hollow_plans()
    {
        TimelineItem[] items =
        [
            new("a day", DateRange.Parse("2025-03-22"), Planned: false, EntityKind.Meeting),
            new("a month", DateRange.Parse("2025-04 (inferred)"), Planned: false, EntityKind.Meeting),
            new("after", DateRange.Parse("after 2025-05-20"), Planned: true, EntityKind.Meeting),
            new("never said", DateRange.Unknown, Planned: false, EntityKind.Person),
        ];

        var markup = TimelineDrawing.Draw("test", items).Markup;

        var marks = Elements(XDocument.Parse(markup), "*").Where(e => (string?)e.Attribute("class") == "event").ToList();
        Assert.Equal(items.Length, marks.Count);
        Assert.Equal(["circle", "rect", "rect", "rect"], marks.Select(m => m.Name.LocalName));
        Assert.Equal(["#E69F00", "#E69F00", "white", "#0072B2"], marks.Select(m => (string)m.Attribute("fill")!));
        var april = marks[1];
        var width = double.Parse((string)april.Attribute("width")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(width > 60, $"a month-long bar is {width} px wide");
        Assert.Equal("0.35", (string?)marks[2].Attribute("fill-opacity"));
        Assert.Equal("4 3", (string?)marks[3].Attribute("stroke-dasharray"));
        AssertSelfContained(markup);
    }

    [Fact]
    public void A_timeline_label_follows_the_relations_direction_not_the_side_the_row_is_seen_from()
    {
        var markup = Seeds.History("pakistan", "afghanistan", viaMembers: true).ToTimelineSvg("history").Markup;

        Assert.Contains("Taliban —representation→ Pakistan", markup, StringComparison.Ordinal);
        Assert.Contains("Pakistan —representation→ Taliban", markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_timeline_names_each_statement_row_by_who_said_it_not_by_its_occasion()
    {
        var rows = Seeds.Timeline("ishaq-dar");
        var statements = rows.Count(r => r.Kind == HistoryEntryKind.Statement);

        var svg = XDocument.Parse(rows.ToTimelineSvg("Dar").Markup);

        Assert.True(statements >= 10, $"only {statements} statement rows");
        Assert.Equal(statements, Elements(svg, "text").Count(t => t.Value.Contains("  Ishaq Dar —said→ ", StringComparison.Ordinal)));
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
