using DiplomacyGraph.Model;

namespace DiplomacyGraph.Notebooks;

/// <summary>Draws an entity's neighbourhood: the entity in the centre, the entities k relations away on ring k.</summary>
public static class EgoGraphSvg
{
    private const double RingGap = 200;
    private const double NodeSpacing = 17;
    private const double LabelRoom = 215;
    private const int LabelLength = 30;

    /// <summary>
    /// An SVG of the entities within <paramref name="hops"/> relations of <paramref name="entity"/> (either
    /// direction), coloured by kind. The layout is deterministic: rings by distance, each ring ordered by
    /// where its entities attach, then by kind and name. A line joins two entities that share relations; its
    /// width grows with their number, it is dashed when none of them is simply stated, and its tooltip lists them.
    /// </summary>
    /// <param name="graph">The graph the entity belongs to.</param>
    /// <param name="entity">The centre.</param>
    /// <param name="hops">How many relations away to reach; at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="hops"/> is less than 1.</exception>
    /// <exception cref="KeyNotFoundException">The entity is not in the graph.</exception>
    public static SvgImage ToEgoGraphSvg(this DiplomaticGraph graph, Entity entity, int hops = 1)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentOutOfRangeException.ThrowIfLessThan(hops, 1);
        var centre = graph.GetEntity(entity.Id);
        var neighbourhood = EgoNeighbourhood.Of(graph, centre, hops);

        var radii = new List<double> { 0 };
        foreach (var ring in neighbourhood.Rings.Skip(1))
        {
            radii.Add(Math.Max(radii[^1] + RingGap, ring.Count * NodeSpacing / (2 * Math.PI)));
        }

        var extent = radii[^1] + LabelRoom;
        var size = 2 * extent;
        var positions = new Dictionary<string, (double X, double Y, double Angle)>(StringComparer.Ordinal);
        for (var k = 0; k < neighbourhood.Rings.Count; k++)
        {
            var ring = neighbourhood.Rings[k];
            for (var i = 0; i < ring.Count; i++)
            {
                var angle = k == 0 ? 0 : (-90 + (360.0 * (i + 0.5) / ring.Count)) % 360;
                var radians = angle * Math.PI / 180;
                positions[ring[i].Id] = (extent + (radii[k] * Math.Cos(radians)), extent + 20 + (radii[k] * Math.Sin(radians)), angle);
            }
        }

        var title = $"{centre.Name}: entities within {hops} relation{(hops == 1 ? "" : "s")}";
        var svg = new Svg(size, size + 20, title);
        svg.Text(12, 22, title, "font-size=\"15\" font-weight=\"bold\" fill=\"#222\"");
        KindColors.Legend(svg, 12, 44);
        DrawLinks(svg, graph, neighbourhood, positions);
        for (var k = 0; k < neighbourhood.Rings.Count; k++)
        {
            foreach (var member in neighbourhood.Rings[k])
            {
                DrawNode(svg, member, positions[member.Id], k == 0);
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

    private static void DrawNode(Svg svg, Entity entity, (double X, double Y, double Angle) at, bool isCentre)
    {
        var colour = KindColors.Of(entity.Kind);
        svg.Raw($"<g class=\"node\"><title>{Svg.Escape($"{entity.Name} ({entity.Kind}, {entity.Id})")}</title>");
        svg.Raw($"<circle cx=\"{Svg.Number(at.X)}\" cy=\"{Svg.Number(at.Y)}\" r=\"{(isCentre ? 12 : 7)}\" fill=\"{colour}\" stroke=\"white\" stroke-width=\"2\"/>");
        const string halo = "paint-order=\"stroke\" stroke=\"white\" stroke-width=\"4\" stroke-linejoin=\"round\" fill=\"#222\"";
        if (isCentre)
        {
            svg.Text(at.X, at.Y + 30, entity.Name, $"text-anchor=\"middle\" font-size=\"14\" font-weight=\"bold\" {halo}");
        }
        else
        {
            // Labels run outward along the radius, flipped on the left half so that they read left to right.
            var flip = at.Angle is > 90 and < 270;
            var rotation = flip ? at.Angle - 180 : at.Angle;
            var anchor = flip ? "end" : "start";
            var dx = flip ? -11 : 11;
            svg.Text(at.X + dx, at.Y + 4, Svg.Shorten(entity.Name, LabelLength), $"text-anchor=\"{anchor}\" transform=\"rotate({Svg.Number(rotation)} {Svg.Number(at.X)} {Svg.Number(at.Y)})\" {halo}");
        }

        svg.Raw("</g>");
    }
}
