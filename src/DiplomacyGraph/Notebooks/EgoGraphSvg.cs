using DiplomacyGraph.Formats.Export;
using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;

namespace DiplomacyGraph.Notebooks;

/// <summary>Draws an entity's neighbourhood: the entity in the centre, the entities k relations away on ring k.</summary>
public static class EgoGraphSvg
{
    private const double RingGap = 200;
    private const double NodeSpacing = 17;
    private const double Margin = 16;
    private const double TitleHeight = 60;
    private const double CharWidth = 7.2;
    private const int LabelChars = 26;
    private const double LineHeight = 14;

    /// <summary>Rings with more entities than this get labels along the radius; sparser rings keep them level.</summary>
    private const int LevelLabelLimit = 16;

    /// <summary>What the drawing shows by default: every link but denied ones.</summary>
    private static readonly QueryFilter DrawnLinks = new()
    {
        Assertions = new HashSet<Assertion> { Assertion.Stated, Assertion.Alleged, Assertion.Planned },
    };

    /// <summary>
    /// An SVG of the entities within <paramref name="hops"/> relations of <paramref name="entity"/> (either
    /// direction), coloured by kind. The layout is deterministic: rings by distance, each ring ordered by
    /// where its entities attach, then by kind and name. A line joins two entities that share relations; its
    /// width grows with their number, it is dashed when none of them is simply stated, and its tooltip lists them.
    /// </summary>
    /// <param name="graph">The graph the entity belongs to.</param>
    /// <param name="entity">The centre.</param>
    /// <param name="hops">How many relations away to reach; at least 1.</param>
    /// <param name="filter">
    /// Which relations and entities to draw (<see cref="Queries.NeighbourhoodQueries.Neighbourhood"/> makes the slice); when
    /// <see langword="null"/>, stated, alleged and planned relations (the last two dashed) — a denied relation is never a link.
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="hops"/> is less than 1.</exception>
    /// <exception cref="KeyNotFoundException">The entity is not in the graph.</exception>
    public static SvgImage ToEgoGraphSvg(this DiplomaticGraph graph, Entity entity, int hops = 1, QueryFilter? filter = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentOutOfRangeException.ThrowIfLessThan(hops, 1);
        graph = graph.Neighbourhood(entity.Id, hops, filter ?? DrawnLinks);
        var centre = graph.GetEntity(entity.Id);
        var neighbourhood = EgoNeighbourhood.Of(graph, centre, hops);

        var radii = new List<double> { 0 };
        foreach (var ring in neighbourhood.Rings.Skip(1))
        {
            radii.Add(Math.Max(radii[^1] + RingGap, ring.Count * NodeSpacing / (2 * Math.PI)));
        }

        var positions = new Dictionary<string, (double X, double Y, double Angle)>(StringComparer.Ordinal);
        var labels = new Dictionary<string, LabelPlacement>(StringComparer.Ordinal);
        for (var k = 0; k < neighbourhood.Rings.Count; k++)
        {
            var ring = neighbourhood.Rings[k];
            for (var i = 0; i < ring.Count; i++)
            {
                var angle = k == 0 ? 0 : (-90 + (360.0 * (i + 0.5) / ring.Count)) % 360;
                var radians = angle * Math.PI / 180;
                positions[ring[i].Id] = (radii[k] * Math.Cos(radians), radii[k] * Math.Sin(radians), angle);
                labels[ring[i].Id] = k == 0 ? LabelPlacement.Centre : ring.Count > LevelLabelLimit ? LabelPlacement.Radial : LabelPlacement.Level;
            }
        }

        // The canvas is the bounding box of the nodes and their (estimated) labels, below the title and legend.
        var boxes = neighbourhood.Rings.SelectMany(r => r).Select(e => LabelBox(e.Name, positions[e.Id], labels[e.Id])).ToList();
        var (minX, maxX) = (boxes.Min(b => b.Left) - Margin, boxes.Max(b => b.Right) + Margin);
        var (minY, maxY) = (boxes.Min(b => b.Top) - Margin, boxes.Max(b => b.Bottom) + Margin);
        foreach (var id in positions.Keys.ToList())
        {
            var (x, y, angle) = positions[id];
            positions[id] = (x - minX, y - minY + TitleHeight, angle);
        }

        var title = $"{centre.Name}: entities within {hops} relation{(hops == 1 ? "" : "s")}";
        var svg = new Svg(Math.Max(maxX - minX, 420), maxY - minY + TitleHeight, title, Describe(centre, neighbourhood, hops));
        svg.Text(12, 22, title, "font-size=\"15\" font-weight=\"bold\" fill=\"#222\"");
        KindLegend.Draw(svg, 12, 44, neighbourhood.Rings.Any(r => r.Any(e => e.Kind == EntityKind.Statement)));
        DrawLinks(svg, graph, neighbourhood, positions);
        for (var k = 0; k < neighbourhood.Rings.Count; k++)
        {
            foreach (var member in neighbourhood.Rings[k])
            {
                DrawNode(svg, member, positions[member.Id], labels[member.Id]);
            }
        }

        return svg.ToImage();
    }

    private static void DrawLinks(Svg svg, DiplomaticGraph graph, EgoNeighbourhood neighbourhood, Dictionary<string, (double X, double Y, double Angle)> positions)
    {
        foreach (var link in neighbourhood.Links)
        {
            var (a, b) = (positions[link.Key.A], positions[link.Key.B]);
            var width = Math.Min(1 + link.Count(), 5);
            var dashed = link.All(r => r.Assertion != Assertion.Stated) ? " stroke-dasharray=\"5 4\"" : "";
            var tooltip = string.Join("\n", link.Select(r => $"{r.Time}  {graph.GetEntity(r.From).Name} —{r.Type}→ {graph.GetEntity(r.To).Name}"));
            svg.Raw($"<line class=\"link\" x1=\"{Svg.Number(a.X)}\" y1=\"{Svg.Number(a.Y)}\" x2=\"{Svg.Number(b.X)}\" y2=\"{Svg.Number(b.Y)}\" stroke=\"#9aa3ad\" stroke-opacity=\"0.8\" stroke-width=\"{width}\"{dashed}><title>{Svg.Escape(tooltip)}</title></line>");
        }
    }

    /// <summary>What the drawing shows, in words: the centre, how many entities of which kinds, how many links.</summary>
    private static string Describe(Entity centre, EgoNeighbourhood neighbourhood, int hops)
    {
        var others = neighbourhood.Rings.Skip(1).SelectMany(r => r).ToList();
        var kinds = string.Join(", ", others.GroupBy(e => e.Kind).OrderBy(g => g.Key).Select(g => $"{g.Count()} {KindNames.Of(g.Key, g.Count())}"));
        return $"Ego graph: {centre.Name} and {others.Count} entit{(others.Count == 1 ? "y" : "ies")} within {hops} relation{(hops == 1 ? "" : "s")}{(kinds.Length > 0 ? $" ({kinds})" : "")}, joined by {neighbourhood.Links.Count} link{(neighbourhood.Links.Count == 1 ? "" : "s")}";
    }

    private enum LabelPlacement
    {
        Centre,
        Radial,
        Level,
    }

    /// <summary>Where a label goes: level labels beside the node on its outer side, or centred above/below near the poles.</summary>
    private static (string Anchor, double Dx, double Dy) Level(double angle)
    {
        var radians = angle * Math.PI / 180;
        var (cos, sin) = (Math.Cos(radians), Math.Sin(radians));
        return cos > 0.15 ? ("start", 11.0, 4.0) : cos < -0.15 ? ("end", -11.0, 4.0) : ("middle", 0.0, sin > 0 ? 24.0 : -14.0);
    }

    /// <summary>An estimate of the box a node and its label cover (text metrics are not available without a font).</summary>
    private static (double Left, double Right, double Top, double Bottom) LabelBox(string name, (double X, double Y, double Angle) at, LabelPlacement placement)
    {
        var lines = placement == LabelPlacement.Level ? Svg.Wrap(name, LabelChars) : [name];
        var length = lines.Max(l => l.Length) * CharWidth;
        var extra = (lines.Count - 1) * LineHeight;
        switch (placement)
        {
            case LabelPlacement.Centre:
                return (at.X - (length * 0.7), at.X + (length * 0.7), at.Y - 14, at.Y + 42);
            case LabelPlacement.Radial:
                var radians = at.Angle * Math.PI / 180;
                var (endX, endY) = (at.X + ((length + 11) * Math.Cos(radians)), at.Y + ((length + 11) * Math.Sin(radians)));
                return (Math.Min(at.X, endX) - 10, Math.Max(at.X, endX) + 10, Math.Min(at.Y, endY) - 10, Math.Max(at.Y, endY) + 10);
            default:
                var (anchor, dx, dy) = Level(at.Angle);
                var left = anchor == "start" ? at.X + dx : anchor == "end" ? at.X + dx - length : at.X - (length / 2);
                var top = at.Y + dy - (dy < 0 ? extra : 0);
                return (Math.Min(left, at.X - 8), Math.Max(left + length, at.X + 8), Math.Min(top - 12, at.Y - 8), Math.Max(top + extra + 4, at.Y + 8));
        }
    }

    private static void DrawNode(Svg svg, Entity entity, (double X, double Y, double Angle) at, LabelPlacement placement)
    {
        var colour = KindColors.Hex(entity.Kind);
        svg.Raw($"<g class=\"node\"><title>{Svg.Escape($"{entity.Name} ({entity.Kind}, {entity.Id})")}</title>");
        svg.Raw($"<circle cx=\"{Svg.Number(at.X)}\" cy=\"{Svg.Number(at.Y)}\" r=\"{(placement == LabelPlacement.Centre ? 12 : 7)}\" fill=\"{colour}\" stroke=\"white\" stroke-width=\"2\"/>");
        const string halo = "paint-order=\"stroke\" stroke=\"white\" stroke-width=\"4\" stroke-linejoin=\"round\" fill=\"#222\"";
        if (placement == LabelPlacement.Centre)
        {
            // The centre's name sits on a plate: links from every side cross beneath it.
            var width = (entity.Name.Length * 9.4) + 16;
            svg.Raw($"<rect x=\"{Svg.Number(at.X - (width / 2))}\" y=\"{Svg.Number(at.Y + 16)}\" width=\"{Svg.Number(width)}\" height=\"22\" rx=\"5\" fill=\"white\" fill-opacity=\"0.92\" stroke=\"{colour}\"/>");
            svg.Text(at.X, at.Y + 32, entity.Name, "text-anchor=\"middle\" font-size=\"14\" font-weight=\"bold\" fill=\"#222\"");
        }
        else if (placement == LabelPlacement.Radial)
        {
            // Dense ring: labels run outward along the radius, flipped on the left half to read left to right.
            var flip = at.Angle is > 90 and < 270;
            var rotation = flip ? at.Angle - 180 : at.Angle;
            svg.Text(at.X + (flip ? -11 : 11), at.Y + 4, entity.Name, $"text-anchor=\"{(flip ? "end" : "start")}\" transform=\"rotate({Svg.Number(rotation)} {Svg.Number(at.X)} {Svg.Number(at.Y)})\" {halo}");
        }
        else
        {
            // Sparse ring: level labels on the outer side of the node, wrapped (above the node they grow upward).
            var (anchor, dx, dy) = Level(at.Angle);
            var lines = Svg.Wrap(entity.Name, LabelChars);
            var top = at.Y + dy - (dy < 0 ? (lines.Count - 1) * LineHeight : 0);
            svg.Lines(at.X + dx, top, lines, LineHeight, $"text-anchor=\"{anchor}\" {halo}");
        }

        svg.Raw("</g>");
    }
}
