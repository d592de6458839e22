using System.Collections.Immutable;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.PostgreSql.Tests;

/// <summary>Edits for the replace tests, and the in-memory result a replace must give, from the documented rule.</summary>
internal static class ReplaceEdits
{
    /// <summary>The source's facts with every quote of it prefixed by the tag: the "article's YAML changed" case.</summary>
    public static DiplomaticGraph Reworded(DiplomaticGraph graph, string source, string tag)
    {
        Citation Edit(Citation c) => c.SourceId == source ? new QuoteCitation(c.SourceId, $"{tag}: {Quotes.Of(c)}") : c;
        ImmutableArray<Citation> EditAll(ImmutableArray<Citation> cs) => [.. cs.Select(Edit)];
        bool Cites(IEnumerable<Citation> cs) => cs.Any(c => c.SourceId == source);
        var entities = graph.Entities.Where(e => Cites(e.Citations) || (e.Meeting?.Statuses.Any(s => Cites(s.Citations)) ?? false))
            .Select(e => Copy(e, EditAll(e.Citations), e.Meeting is { } m ? new MeetingDetails
            {
                Time = m.Time, Topics = m.Topics, Statuses = [.. m.Statuses.Select(s => new StatusReport { Status = s.Status, Citations = EditAll(s.Citations) })],
            } : null)).ToList();
        var relations = graph.Relations.Where(r => Cites(r.Citations)).Select(r => Copy(r, EditAll(r.Citations))).ToList();
        var ids = entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var references = relations.SelectMany(r => new[] { r.From, r.To, r.ClaimedBy }).OfType<string>().Where(id => !ids.Contains(id)).Distinct().Select(graph.GetEntity);
        var cited = relations.SelectMany(r => r.Citations).Concat(entities.SelectMany(e => e.Citations.Concat(e.Meeting?.Statuses.SelectMany(s => s.Citations) ?? [])))
            .Select(c => c.SourceId).Append(source).ToHashSet(StringComparer.Ordinal);
        return Build(graph.ExtensionTypes, graph.Sources.Where(s => cited.Contains(s.Id)), entities.Concat(references), relations);
    }

    /// <summary>What the store must hold after replacing the source with the update, in the original graph's order.</summary>
    public static DiplomaticGraph Expected(DiplomaticGraph graph, string source, DiplomaticGraph update)
    {
        ImmutableArray<Citation> Without(ImmutableArray<Citation> cs) => [.. cs.Where(c => c.SourceId != source)];
        var entities = new List<Entity>();
        foreach (var e in graph.Entities)
        {
            if (update.TryGetEntity(e.Id, out var replaced) && (replaced.Citations.Any(c => c.SourceId == source) || (replaced.Meeting?.Statuses.Any(s => s.Citations.Any(c => c.SourceId == source)) ?? false)))
            {
                entities.Add(replaced);
                continue;
            }

            var citations = Without(e.Citations);
            if ((e.Meeting is not null || e.Statement is not null) && citations.IsEmpty)
            {
                continue;
            }

            entities.Add(Copy(e, citations, e.Meeting is { } meeting ? new MeetingDetails
            {
                Time = meeting.Time, Topics = meeting.Topics, Statuses = [.. meeting.Statuses.Select(s => new StatusReport { Status = s.Status, Citations = Without(s.Citations) })],
            } : null));
        }

        var relations = new List<Relation>();
        foreach (var r in graph.Relations)
        {
            if (update.Relations.FirstOrDefault(u => u.Id == r.Id) is { } replaced)
            {
                relations.Add(replaced);
            }
            else if (Without(r.Citations) is { IsEmpty: false } rest)
            {
                relations.Add(Copy(r, rest));
            }
        }

        var known = entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        entities.AddRange(update.Entities.Where(e => !known.Contains(e.Id)));
        var relationIds = relations.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        relations.AddRange(update.Relations.Where(r => !relationIds.Contains(r.Id)));
        var sources = graph.Sources.Select(s => s.Id == source ? update.GetSource(source) : s);
        return Build(graph.ExtensionTypes, sources, entities, relations);
    }

    /// <summary>The loaded graph in the original graph's order (a replace gives replaced rows new ordinals).</summary>
    public static DiplomaticGraph InOrderOf(DiplomaticGraph original, DiplomaticGraph loaded)
    {
        var entityOrder = original.Entities.Select((e, i) => (e.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var relationOrder = original.Relations.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var sourceOrder = original.Sources.Select((s, i) => (s.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        return Build(loaded.ExtensionTypes,
            loaded.Sources.OrderBy(s => sourceOrder.GetValueOrDefault(s.Id, int.MaxValue)),
            loaded.Entities.OrderBy(e => entityOrder.GetValueOrDefault(e.Id, int.MaxValue)),
            loaded.Relations.OrderBy(r => relationOrder.GetValueOrDefault(r.Id, int.MaxValue)));
    }

    /// <summary>The seeds plus one person and one relation named by the tag: what one more dataset file adds.</summary>
    public static DiplomaticGraph WithExtra(DiplomaticGraph seeds, string tag)
    {
        var source = new Source { Id = $"extra-{tag}", Title = $"Extra {tag}" };
        var person = new Entity { Id = $"envoy-{tag}", Kind = EntityKind.Person, Name = $"Envoy {tag}" };
        var office = new Relation
        {
            Id = $"envoy-{tag}-office", Type = "holds-office", From = person.Id, To = "pakistan", Role = "envoy",
            Time = DateRange.Parse("2025-04"), Citations = [new QuoteCitation(source.Id, $"the {tag} envoy")],
        };
        var extraEntity = new Entity { Id = $"place-{tag}", Kind = EntityKind.Place, Name = $"Place {tag}" };
        return Build(seeds.ExtensionTypes, seeds.Sources.Append(source), seeds.Entities.Append(person).Append(extraEntity), seeds.Relations.Append(office));
    }

    /// <summary>The graph of the given parts, in order (GraphBuilder.From).</summary>
    private static DiplomaticGraph Build(IEnumerable<RelationType> types, IEnumerable<Source> sources, IEnumerable<Entity> entities, IEnumerable<Relation> relations) =>
        GraphBuilder.From(types, sources, entities, relations).Build();

    private static Entity Copy(Entity e, ImmutableArray<Citation> citations, MeetingDetails? meeting) => e with { Citations = citations, Meeting = meeting };

    private static Relation Copy(Relation r, ImmutableArray<Citation> citations) => r with { Citations = citations };
}
