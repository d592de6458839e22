using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Formats.Events;

/// <summary>
/// Maps event records onto a <see cref="GraphBuilder"/> (docs/event-data.md): actors to entities (matched to the
/// builder's entities by name and alias, never guessed when several match), events to relations of the act types,
/// stories and URLs to sources, each relation cited by its record. Rows stream through; only entities, sources and
/// (when aggregating) the pending relations are held until <see cref="Finish"/>.
/// </summary>
internal sealed class EventMapper
{
    private static readonly ImmutableArray<EntityKind> ActorKinds = [EntityKind.Person, EntityKind.Country, EntityKind.Organization];

    private readonly GraphBuilder builder;
    private readonly EventImportOptions options;
    private readonly HashSet<string>? countries;
    private readonly Dictionary<string, List<Entity>> names = new(StringComparer.Ordinal);
    private readonly HashSet<string> ids = new(StringComparer.Ordinal);
    private readonly HashSet<string> sourceIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EventDraft> actors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EventDraft> places = new(StringComparer.Ordinal);
    private readonly List<EventDraft> drafts = [];
    private readonly Dictionary<(string, string, string), EventTie> ties = [];
    private readonly Dictionary<TemplateKey, AttributeTemplate> templates = new(new TemplateKeyComparer());
    private readonly Dictionary<(DateOnly, string, string, string?, string), EventAggregate> pending = [];
    private readonly List<EventAggregate> pendingOrder = [];
    private readonly HashSet<StatementAct> acts = [];
    private readonly Document.ValueInterner shared = new();

    public EventMapper(GraphBuilder builder, EventImportOptions? options)
    {
        this.builder = builder;
        this.options = options ?? EventImportOptions.Default;
        countries = this.options.Countries is { Count: > 0 } given ? new HashSet<string>(given.Select(c => c.Trim()), StringComparer.OrdinalIgnoreCase) : null;
        foreach (var entity in builder.AddedEntities)
        {
            ids.Add(entity.Id);
            if (!ActorKinds.Contains(entity.Kind))
            {
                continue;
            }

            foreach (var name in entity.Aliases.Prepend(entity.Name).Select(NameKey.Normalize).Distinct())
            {
                if (!names.TryGetValue(name, out var list))
                {
                    names[name] = list = [];
                }

                list.Add(entity);
            }
        }

        sourceIds.UnionWith(builder.AddedSourceIds);
        types.UnionWith(builder.AddedRelationTypeNames);
    }

    public EventImportReport Report { get; } = new();

    /// <summary>Whether bad rows are skipped (and counted) rather than reported as errors.</summary>
    public bool SkipBadRows => options.SkipBadRows;

    /// <summary>A bad row: an error for the build, or with <see cref="EventImportOptions.SkipBadRows"/> a count in the report.</summary>
    public void Refuse(RowError problem)
    {
        Report.Rows++;
        if (options.SkipBadRows)
        {
            Report.Skip(problem.Reason, problem.Error);
        }
        else
        {
            builder.AddError(problem.Error);
        }
    }

    /// <summary>Maps one row.</summary>
    public void Add(in EventRecord row)
    {
        Report.Rows++;
        if (countries is not null && !row.Countries.Any(c => c is not null && countries.Contains(c)))
        {
            Report.FilteredOut++;
            return;
        }

        // Each row's record is its own (no two rows share a citation to share).
        var citation = row.Record is { } record ? new RecordCitation(Source(row), row.Dataset, record) : new RecordCitation(Source(row), row.Dataset, row.RecordNumber);
        var from = Actor(row.Actor1, row, citation);
        var to = Actor(row.Actor2, row, citation);
        if (from is not null && from == to)
        {
            to = null; // An actor acting on itself (GDELT codes RUSGOV on both sides): a one-actor event.
        }
        string? role = null;
        string? place = row.Place is null ? null : Place(row.Place, row);
        if (from is null || to is null)
        {
            if (place is null || (from ?? to) is null || (from ?? to) == place)
            {
                // No counterpart: no second actor and no location, or the location is the actor itself (a country).
                Report.WithoutCounterpart++;
                return;
            }

            role = from is null ? "target-at-location" : "at-location";
            (from, to, place) = (from ?? to!, place, null);
            Report.OneActor++;
        }

        acts.Add(row.Act);
        var type = TypeName(row.Act);
        if (!options.Aggregate)
        {
            Report.Relations++;
            AddRelation(row, Relation(row, type, from, to, role, place, [citation], row.Mentions, row.Sources, row.Articles, row.Tone, 1));
            return;
        }

        var key = (row.Day, from, to!, role, row.Code);
        if (pending.TryGetValue(key, out var aggregate))
        {
            aggregate.Add(row, citation);
            Report.Aggregated++;
            return;
        }

        aggregate = new EventAggregate(row, type, from, to!, role, place, citation);
        pending.Add(key, aggregate);
        pendingOrder.Add(aggregate);
    }

    /// <summary>Adds the entities, offices, memberships, aggregated relations and act types the rows made.</summary>
    public void Finish()
    {
        foreach (var aggregate in pendingOrder)
        {
            var row = aggregate.First;
            Report.Relations++;
            AddRelation(
                row,
                Relation(row, aggregate.Type, aggregate.From, aggregate.To, aggregate.Role, aggregate.Place, [.. aggregate.Citations], aggregate.Mentions, aggregate.Sources, aggregate.Articles, aggregate.Tone, aggregate.Rows));
        }

        pending.Clear();
        pendingOrder.Clear();
        foreach (var draft in drafts.Where(d => !d.Matched))
        {
            var (entity, at) = draft.ToEntity();
            builder.AddEntity(entity, at);
        }

        foreach (var tie in ties.Values)
        {
            var (relation, at) = tie.ToRelation();
            builder.AddRelation(relation, at);
        }

        foreach (var act in acts.OrderBy(a => a))
        {
            if (types.Add(TypeName(act)))
            {
                builder.AddRelationType(EventActTypes.Of(act));
            }
        }
    }

    /// <summary>
    /// Adds an event's relation. A GDELT row's is trusted (<see cref="GraphBuilder.AddTrustedRelation"/>): its ends are
    /// this mapper's entities and differ, its citations cite the sources it added by GDELT's record ids, and it sets no
    /// claim, note or basis. An ICEWS row's record id is text of the row, to be checked as any relation's.
    /// </summary>
    private void AddRelation(in EventRecord row, Relation relation)
    {
        if (row.Dataset == GdeltRows.Dataset)
        {
            builder.AddTrustedRelation(relation, row.File, row.Line);
        }
        else
        {
            builder.AddRelation(relation, new ElementPositions(row.Location));
        }
    }

    /// <summary>The relation type an act's events are: the act's name in lower case (<c>agree</c>, <c>consult</c>, …).</summary>
    public static string TypeName(StatementAct act) => EventActTypes.Name(act);

    private Relation Relation(in EventRecord row, string type, string from, string to, string? role, string? place, ImmutableArray<Citation> citations, long mentions, long sources, long articles, double? tone, int rows) => new()
    {
        Id = row.RecordNumber >= 0 ? string.Create(CultureInfo.InvariantCulture, $"gdelt-{row.RecordNumber}")
            : row.Dataset == GdeltRows.Dataset ? "gdelt-" + row.Record : "icews-" + EventIds.Kebab(row.Record!),
        Type = type,
        From = from,
        To = to,
        Role = role,
        Time = DateRange.On(FuzzyDate.OfDay(row.Day)),
        Packed = Attributes(row, place, mentions, sources, articles, tone, rows),
        Citations = citations,
    };

    /// <summary>
    /// The relation's attributes: rows with the same values but the tone share one template of keys and texts
    /// (<see cref="AttributeTemplate"/>); the tone, which differs from row to row, is the relation's own number.
    /// </summary>
    private (AttributeTemplate, double) Attributes(in EventRecord row, string? place, long mentions, long sources, long articles, double? tone, int rows)
    {
        var hasTone = row.HasCounts && tone is not null;
        var key = new TemplateKey(row.Code, row.Goldstein, row.QuadClass, row.Intensity, row.EventText, row.Sentence, row.RootEvent, row.HasCounts, mentions, sources, articles, hasTone, place, rows);
        if (!templates.TryGetValue(key, out var template))
        {
            template = NewTemplate(row, place, mentions, sources, articles, hasTone, rows);
            templates.Add(key, template);
        }

        return (template, hasTone ? tone!.Value : 0);
    }

    private AttributeTemplate NewTemplate(in EventRecord row, string? place, long mentions, long sources, long articles, bool hasTone, int rows)
    {
        var pairs = new List<KeyValuePair<string, string?>>(14);
        void Add(string key, string? value)
        {
            if (value is not null)
            {
                pairs.Add(new(shared.Text(key), shared.Text(value)));
            }
        }

        Add("cameo", row.Code);
        Add("cameo-description", CameoCodebook.Description(row.Code));
        Add("goldstein", row.Goldstein?.ToString("0.0##", CultureInfo.InvariantCulture));
        Add("quad-class", row.QuadClass?.ToString(CultureInfo.InvariantCulture));
        Add("intensity", row.Intensity);
        Add("event-text", row.EventText);
        Add("sentence", row.Sentence);
        Add("root-event", row.RootEvent);
        if (row.HasCounts)
        {
            Add("mentions", mentions.ToString(CultureInfo.InvariantCulture));
            Add("sources", sources.ToString(CultureInfo.InvariantCulture));
            Add("articles", articles.ToString(CultureInfo.InvariantCulture));
            if (hasTone)
            {
                pairs.Add(new("tone", null));
            }
        }

        Add("place", place);
        Add("rows", rows > 1 ? rows.ToString(CultureInfo.InvariantCulture) : null);
        return new AttributeTemplate(pairs, hasTone ? "tone" : null);
    }

    /// <summary>
    /// Template keys compared by their texts' identity: the readers make each repeated text once (<see cref="TabRows.Shared"/>),
    /// so equal texts are one string; two equal texts that are not make two equal templates, never a wrong one.
    /// </summary>
    private sealed class TemplateKeyComparer : IEqualityComparer<TemplateKey>
    {
        public bool Equals(TemplateKey x, TemplateKey y) =>
            ReferenceEquals(x.Code, y.Code) && x.Goldstein == y.Goldstein && x.QuadClass == y.QuadClass && ReferenceEquals(x.Intensity, y.Intensity)
            && ReferenceEquals(x.EventText, y.EventText) && ReferenceEquals(x.Sentence, y.Sentence) && ReferenceEquals(x.RootEvent, y.RootEvent)
            && x.HasCounts == y.HasCounts && x.Mentions == y.Mentions && x.Sources == y.Sources && x.Articles == y.Articles
            && x.HasTone == y.HasTone && ReferenceEquals(x.Place, y.Place) && x.Rows == y.Rows;

        public int GetHashCode(TemplateKey key)
        {
            var hash = new HashCode();
            hash.Add(RuntimeHelpers.GetHashCode(key.Code));
            hash.Add(key.Goldstein);
            hash.Add(key.QuadClass);
            hash.Add(key.Intensity is null ? 0 : RuntimeHelpers.GetHashCode(key.Intensity));
            hash.Add(key.EventText is null ? 0 : RuntimeHelpers.GetHashCode(key.EventText));
            hash.Add(key.Sentence is null ? 0 : RuntimeHelpers.GetHashCode(key.Sentence));
            hash.Add(key.RootEvent is null ? 0 : RuntimeHelpers.GetHashCode(key.RootEvent));
            hash.Add(key.Mentions);
            hash.Add(key.Sources);
            hash.Add(key.Articles);
            hash.Add(key.Place is null ? 0 : RuntimeHelpers.GetHashCode(key.Place));
            hash.Add(key.Rows * 4 + (key.HasCounts ? 2 : 0) + (key.HasTone ? 1 : 0));
            return hash.ToHashCode();
        }
    }

    /// <summary>What makes two rows' attributes the same but for the tone.</summary>
    private readonly record struct TemplateKey(
        string Code, double? Goldstein, int? QuadClass, string? Intensity, string? EventText, string? Sentence, string? RootEvent,
        bool HasCounts, long Mentions, long Sources, long Articles, bool HasTone, string? Place, int Rows);

    private string Source(in EventRecord row)
    {
        var source = row.Source;
        if (source.AddedId is { } added)
        {
            return added;
        }

        if (sourceIds.Add(source.Id))
        {
            builder.AddSource(new Source { Id = source.Id, Title = source.Title, Url = source.Url, Outlet = source.Outlet, Published = source.Published }, new ElementPositions(row.Location));
        }

        return source.AddedId = shared.Text(source.Id);
    }

    /// <summary>The entity id of an actor: the one already made for it, an existing entity its name matches, or a new one.</summary>
    private string? Actor(EventActor? actor, in EventRecord row, Citation? citation)
    {
        if (actor is null)
        {
            return null;
        }

        if (actor.Draft is { } mapped)
        {
            // Mapped on an earlier row: its aliases are the draft's already.
            if (citation is not null && actor.Kind != EntityKind.Country && actor.Country is { } known && row.Dataset == IcewsRows.Dataset)
            {
                Tie(actor, mapped, known, row, citation);
            }

            return mapped.Id;
        }

        if (!actors.TryGetValue(actor.Key, out var draft))
        {
            // A country already named by a location, or by another row's spelling, is that country.
            draft = actor.Kind == EntityKind.Country && actor.Aliases.Prepend(actor.Name).Select(n => actors.GetValueOrDefault("country:" + n)).FirstOrDefault(d => d is not null) is { } known
                ? known
                : NewActor(actor, row);
            actors.Add(actor.Key, draft);
            if (actor.Kind == EntityKind.Country)
            {
                // A location naming only this country (by any of its names) is this country.
                foreach (var name in actor.Aliases.Prepend(actor.Name))
                {
                    actors.TryAdd("country:" + name, draft);
                }
            }
        }

        foreach (var alias in actor.Aliases)
        {
            draft.Alias(alias);
        }

        actor.Draft = draft;

        if (citation is not null && actor.Kind != EntityKind.Country && actor.Country is { } country && row.Dataset == IcewsRows.Dataset)
        {
            Tie(actor, draft, country, row, citation);
        }

        return draft.Id;
    }

    private EventDraft NewActor(EventActor actor, in EventRecord row)
    {
        var draft = Match(actor.Kind, actor.Name, actor.Aliases, row) ?? NewDraft(actor.Kind, actor.Name, row.Location);
        draft.Attribute("gdelt-name", actor.Given);
        draft.Attribute("country", actor.Country);
        draft.Attribute(row.Dataset == IcewsRows.Dataset ? "icews-sectors" : "gdelt-types", actor.Sectors);
        draft.Attribute("dataset", row.Dataset);
        return draft;
    }

    /// <summary>An existing entity of an actor kind named (or aliased) as the actor: one is a match; several are reported, and none is taken.</summary>
    private EventDraft? Match(EntityKind kind, string name, IReadOnlyList<string> aliases, in EventRecord row)
    {
        var candidates = aliases.Prepend(name)
            .SelectMany(n => names.GetValueOrDefault(NameKey.Normalize(n)) ?? [])
            .Distinct()
            .ToList();
        if (candidates.Count == 1)
        {
            Report.Matched++;
            var matched = new EventDraft(candidates[0].Id, kind, name, row.Location, matched: true);
            drafts.Add(matched);
            return matched;
        }

        if (candidates.Count > 1)
        {
            var draft = NewDraft(kind, name, row.Location);
            Report.AddAmbiguous($"{row.Dataset} actor '{name}' ({row.Location}) matches {string.Join(", ", candidates.Select(c => $"'{c.Id}'"))}; imported as '{draft.Id}' instead of guessing.");
            return draft;
        }

        return null;
    }

    private EventDraft NewDraft(EntityKind kind, string name, FilePosition at)
    {
        var id = EventIds.Kebab(name);
        for (var n = 2; !ids.Add(id); n++)
        {
            id = EventIds.Kebab(name) + "-" + n.ToString(CultureInfo.InvariantCulture);
        }

        var draft = new EventDraft(shared.Text(id), kind, name, at, matched: false);
        drafts.Add(draft);
        return draft;
    }

    /// <summary>An ICEWS person with a government sector holds office in its country; a body named <c>Name (Country)</c> is a member of it.</summary>
    private void Tie(EventActor actor, EventDraft draft, string country, in EventRecord row, Citation citation)
    {
        var body = actor.Kind == EntityKind.Organization && actor.Name.EndsWith($"({country})", StringComparison.Ordinal);
        if (!(actor.Kind == EntityKind.Person && actor.Government) && !body)
        {
            return;
        }

        var nation = Country(country, row);

        var type = body ? BuiltInRelationTypes.MemberOf.Name : BuiltInRelationTypes.HoldsOffice.Name;
        var key = (type, draft.Id, nation.Id);
        if (ties.TryGetValue(key, out var tie))
        {
            tie.Seen(row.Day, citation);
        }
        else
        {
            ties.Add(key, new EventTie(type, draft.Id, nation.Id, body ? null : "government", row.Day, citation, row.Location));
        }
    }

    /// <summary>The country entity a row names by its name (an ICEWS country column, a location that is a country).</summary>
    private EventDraft Country(string name, in EventRecord row)
    {
        var key = "country:" + name;
        if (!actors.TryGetValue(key, out var nation))
        {
            nation = Match(EntityKind.Country, name, [], row) ?? NewDraft(EntityKind.Country, name, row.Location);
            nation.Attribute("dataset", row.Dataset);
            actors.Add(key, nation);
        }

        return nation;
    }

    /// <summary>The entity of a location, made on first sight: a place, or the country when the row names only a country.</summary>
    private string Place(EventPlace place, in EventRecord row)
    {
        if (place.EntityId is { } mapped)
        {
            return mapped;
        }

        if (place.IsCountry && row.Dataset == IcewsRows.Dataset)
        {
            return place.EntityId = Country(place.Name, row).Id;
        }

        if (place.IsCountry && actors.TryGetValue("country:" + place.Name, out var known))
        {
            return place.EntityId = known.Id;
        }

        if (place.IsCountry && CountryCodes.CodeOf(place.Name) is { } code)
        {
            // GDELT names a country location in words and by its FIPS code: the ISO name links it to the actor code.
            return Actor(new EventActor("gdelt:" + code, EntityKind.Country, CountryCodes.Name(code)!, [code, .. CountryCodes.OtherNames(code)], null, null, false), row, null)!;
        }

        // A country location without a code is a place only until an actor names that country: it is not remembered.
        if (places.TryGetValue(place.Name, out var draft))
        {
            return place.IsCountry ? draft.Id : place.EntityId = draft.Id;
        }

        draft = NewDraft(EntityKind.Place, place.Name, row.Location);
        draft.Attribute("country", place.Country);
        draft.Attribute("latitude", place.Latitude);
        draft.Attribute("longitude", place.Longitude);
        draft.Attribute("feature-id", place.FeatureId);
        places.Add(place.Name, draft);
        return place.IsCountry ? draft.Id : place.EntityId = draft.Id;
    }
}
