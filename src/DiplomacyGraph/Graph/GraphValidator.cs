using System.Collections.Immutable;
using System.Text.RegularExpressions;
using DiplomacyGraph.Model;

namespace DiplomacyGraph;

/// <summary>Every rule a graph must satisfy, checked in one pass that collects all problems.</summary>
internal sealed partial class GraphValidator(Func<Source, string?>? sourceText)
{
    private readonly ErrorList errors = new();
    private readonly Dictionary<string, string?> texts = new(StringComparer.Ordinal);
    private readonly HashSet<AttributeTemplate> checkedTemplates = [];
    private Dictionary<string, Source> sourcesById = new(StringComparer.Ordinal);
    private Dictionary<string, Entity> entitiesById = new(StringComparer.Ordinal);

    // Trusted relations' ends and types by the identity of their id strings (an importer makes each id once): no
    // string is hashed again per relation.
    private readonly Dictionary<string, Entity> trustedEnds = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, RelationType> trustedTypes = new(ReferenceEqualityComparer.Instance);

    /// <summary>Ids of elements a loader reported and left out (a bad field): known by their id, so no knock-on "unknown id".</summary>
    public IReadOnlySet<string> Reported { get; init; } = new HashSet<string>();

    /// <summary>The vocabulary: built-in types plus the dataset's own, by name.</summary>
    public Dictionary<string, RelationType> Vocabulary { get; } = BuiltInRelationTypes.All.ToDictionary(t => t.Name, StringComparer.Ordinal);

    public ErrorList Validate(
        List<Positioned<RelationType>> types,
        List<Positioned<Source>> sources,
        List<Positioned<Entity>> entities,
        List<Positioned<Relation>> relations,
        TrustedRows? trusted = null)
    {
        foreach (var type in types)
        {
            CheckType(type);
        }

        sourcesById = Unique(sources, s => s.Id, "source");
        foreach (var source in sources)
        {
            CheckId(source, source.Value.Id, "source");
            Require(source, source.Value.Title, "title", source.Value.Id);
            CheckText(source, source.Value.Id, "title", source.Value.Title);
            CheckText(source, source.Value.Id, "file", source.Value.File);
            CheckText(source, source.Value.Id, "outlet", source.Value.Outlet);
            CheckText(source, source.Value.Id, "author", source.Value.Author);
            CheckSourceMetadata(source);
        }

        entitiesById = Unique(entities, e => e.Id, "entity");
        foreach (var entity in entities)
        {
            CheckEntity(entity);
        }

        Unique(relations, r => r.Id, "relation", trusted);
        for (var i = 0; i < relations.Count; i++)
        {
            if (trusted is not null && trusted.Contains(i))
            {
                CheckTrustedRelation(relations[i], i, trusted);
            }
            else
            {
                CheckRelation(relations[i]);
            }
        }

        return errors;
    }

    private void CheckType(Positioned<RelationType> located)
    {
        var type = located.Value;
        if (!CheckId(located, type.Name, "relation type", "name"))
        {
            return;
        }

        if (Vocabulary.TryGetValue(type.Name, out var existing))
        {
            var builtIn = BuiltInRelationTypes.All.Contains(existing);
            errors.Add(located.Error(
                builtIn ? $"'{type.Name}' is a built-in relation type and cannot be redefined." : $"Relation type '{type.Name}' is declared twice.",
                "name",
                type.Name));
            return;
        }

        CheckText(located, type.Name, "description", type.Description);
        Vocabulary[type.Name] = type;
    }

    private void CheckEntity(Positioned<Entity> located)
    {
        var entity = located.Value;
        CheckId(located, entity.Id, "entity");
        Require(located, entity.Name, "name", entity.Id);
        if (!Enum.IsDefined(entity.Kind))
        {
            errors.Add(located.Error($"'{entity.Kind}' is not an entity kind.", "kind", entity.Id));
        }

        for (var i = 0; i < entity.Aliases.Length; i++)
        {
            Require(located, entity.Aliases[i], $"aliases[{i}]", entity.Id);
        }

        CheckCitations(located, entity.Citations, "citations", entity.Id);
        CheckText(located, entity.Id, "name", entity.Name);
        for (var i = 0; i < entity.Aliases.Length; i++)
        {
            if (entity.Aliases[i] is { } alias && FirstUnwritable(alias) is { } at)
            {
                AddUnwritable(located, entity.Id, $"aliases[{i}]", alias, at);
            }
        }

        CheckAttributes(located, entity.Attributes, entity.Id);

        CheckCitationTexts(located, entity.Citations, "citations", entity.Id);
        CheckMark(located, entity.Basis, entity.Note, entity.Id);
        if (entity.Kind == EntityKind.Meeting)
        {
            CheckMeeting(located, entity);
        }
        else if (entity.Meeting is not null)
        {
            errors.Add(located.Error($"Only a Meeting has a status; '{entity.Id}' is a {entity.Kind}.", "kind", entity.Id));
        }

        if (entity.Kind == EntityKind.Statement)
        {
            CheckStatement(located, entity);
        }
        else if (entity.Statement is not null)
        {
            errors.Add(located.Error($"Only a Statement has an act and a speech mode; '{entity.Id}' is a {entity.Kind}.", "kind", entity.Id));
        }
    }

    private void CheckStatement(Positioned<Entity> located, Entity entity)
    {
        if (entity.Citations.IsEmpty)
        {
            errors.Add(located.Error($"Statement '{entity.Id}' needs at least one citation: its words.", "citations", entity.Id));
        }

        if (entity.Statement is not { } statement)
        {
            errors.Add(located.Error($"Statement '{entity.Id}' needs an act and a speech mode (quoted or reported).", "act", entity.Id));
            return;
        }

        if (!Enum.IsDefined(statement.Act))
        {
            errors.Add(located.Error($"'{statement.Act}' is not a statement act.", "act", entity.Id));
        }

        if (!Enum.IsDefined(statement.Speech))
        {
            errors.Add(located.Error($"'{statement.Speech}' is not a speech mode (quoted or reported).", "speech", entity.Id));
        }

        CheckTopics(located, statement.Topics, entity.Id);
    }

    /// <summary>An inference mark: a known basis, and a note saying why whenever the basis is inferred.</summary>
    private void CheckMark<T>(Positioned<T> located, Basis basis, string? note, string id)
    {
        if (!Enum.IsDefined(basis))
        {
            errors.Add(located.Error($"'{basis}' is not a basis (stated or inferred).", "basis", id));
        }
        else if (basis == Basis.Inferred && string.IsNullOrWhiteSpace(note))
        {
            errors.Add(located.Error($"'{id}' is marked inferred; a 'note' must say why.", "note", id));
        }

        CheckText(located, id, "note", note);
    }

    private void CheckAttributes<T>(Positioned<T> located, IReadOnlyDictionary<string, string> attributes, string id)
    {
        // Compact attributes share their keys and texts (only a number is the relation's own): a template that passed once passes.
        var template = (attributes as PackedAttributes)?.Template;
        if (template is not null && checkedTemplates.Contains(template))
        {
            return;
        }

        var before = errors.Count + errors.Omitted;
        foreach (var (key, value) in attributes)
        {
            if (string.IsNullOrWhiteSpace(key))
            {
                errors.Add(located.Error("An attribute needs a key.", "attributes", id));
            }

            CheckText(located, id, "attributes", key);
            if (value is not null && FirstUnwritable(value) is { } at)
            {
                AddUnwritable(located, id, $"attributes.{key}", value, at);
            }
        }

        if (template is not null && errors.Count + errors.Omitted == before)
        {
            checkedTemplates.Add(template);
        }
    }

    private void CheckTopics<T>(Positioned<T> located, ImmutableArray<string> topics, string id)
    {
        for (var i = 0; i < topics.Length; i++)
        {
            Require(located, topics[i], $"topics[{i}]", id);
            if (topics[i] is { } topic && FirstUnwritable(topic) is { } at)
            {
                AddUnwritable(located, id, $"topics[{i}]", topic, at);
            }
        }
    }

    private void CheckMeeting(Positioned<Entity> located, Entity entity)
    {
        if (entity.Citations.IsEmpty)
        {
            errors.Add(located.Error($"Meeting '{entity.Id}' needs at least one citation.", "citations", entity.Id));
        }

        if (entity.Meeting is not { } meeting)
        {
            errors.Add(located.Error($"Meeting '{entity.Id}' needs a time and a status.", "status", entity.Id));
            return;
        }

        for (var i = 0; i < meeting.Statuses.Length; i++)
        {
            CheckCitations(located, meeting.Statuses[i].Citations, $"status[{i}].citations", entity.Id);
            CheckCitationTexts(located, meeting.Statuses[i].Citations, $"status[{i}].citations", entity.Id);
        }

        CheckTopics(located, meeting.Topics, entity.Id);
    }

    private void CheckRelation(Positioned<Relation> located)
    {
        var relation = located.Value;
        CheckId(located, relation.Id, "relation");
        var from = Endpoint(located, relation.From, "from");
        var to = Endpoint(located, relation.To, "to");
        if (relation.ClaimedBy is not null)
        {
            Endpoint(located, relation.ClaimedBy, "claimedBy");
        }

        if (relation.From == relation.To && from is not null)
        {
            errors.Add(located.Error($"Relation '{relation.Id}' joins '{relation.From}' to itself.", "to", relation.Id));
        }

        if (!Enum.IsDefined(relation.Assertion))
        {
            errors.Add(located.Error($"'{relation.Assertion}' is not an assertion.", "assertion", relation.Id));
        }

        if (relation.Role is not null)
        {
            Require(located, relation.Role, "role", relation.Id);
        }

        if (relation.Citations.IsEmpty)
        {
            errors.Add(located.Error($"Relation '{relation.Id}' has no citation: every relation needs at least one source (a quote or a record).", "citations", relation.Id));
        }

        CheckCitations(located, relation.Citations, "citations", relation.Id);
        CheckCitationTexts(located, relation.Citations, "citations", relation.Id);
        CheckText(located, relation.Id, "role", relation.Role);
        CheckAttributes(located, relation.StoredAttributes, relation.Id);
        CheckMark(located, relation.Basis, relation.Note, relation.Id);
        if (!Vocabulary.TryGetValue(relation.Type, out var type))
        {
            errors.Add(located.Error(
                $"Unknown relation type '{relation.Type}'. Known: {string.Join(", ", Vocabulary.Keys.Order(StringComparer.Ordinal))}.",
                "type",
                relation.Id));
            return;
        }

        if (from is not null && !type.AllowsFrom(from.Kind))
        {
            errors.Add(located.Error($"'{relation.Type}' cannot start from a {from.Kind} ('{from.Id}'); allowed: {Kinds(type.FromKinds)}.", "from", relation.Id));
        }

        if (to is not null && !type.AllowsTo(to.Kind))
        {
            errors.Add(located.Error($"'{relation.Type}' cannot point to a {to.Kind} ('{to.Id}'); allowed: {Kinds(type.ToKinds)}.", "to", relation.Id));
        }
    }

    /// <summary>
    /// A relation an importer vouched for (<see cref="GraphBuilder.AddTrustedRelation"/>): what its importer makes true
    /// by construction is not checked again; the rest is, and any doubt checks it in full (<see cref="CheckRelation"/>),
    /// located at its row, so that its errors are exactly those of any relation.
    /// </summary>
    private void CheckTrustedRelation(Positioned<Relation> located, int index, TrustedRows trusted)
    {
        if (!PassesTrusted(located.Value))
        {
            CheckRelation(located with { At = trusted.At(index) });
        }
    }

    /// <summary>The checks a trusted relation's importer cannot vouch for: its id, its record ids, its attributes, its type and its ends' kinds.</summary>
    private bool PassesTrusted(Relation relation)
    {
        if (relation.Id is not { } id || !IsKebab(id) || relation.Citations.IsEmpty)
        {
            return false;
        }

        foreach (var citation in relation.Citations)
        {
            if (citation is not RecordCitation { IsNumber: true })
            {
                return false;
            }
        }

        return relation.Template is { } template && checkedTemplates.Contains(template)
            && TrustedEnd(relation.From) is { } from && TrustedEnd(relation.To) is { } to && TrustedType(relation.Type) is { } type
            && type.AllowsFrom(from.Kind) && type.AllowsTo(to.Kind);
    }

    private Entity? TrustedEnd(string? id) => ByIdentity(trustedEnds, entitiesById, id);

    private RelationType? TrustedType(string? name) => ByIdentity(trustedTypes, Vocabulary, name);

    /// <summary>The value of <paramref name="key"/> in <paramref name="all"/>, found once per key string and then by its identity in <paramref name="seen"/>.</summary>
    private static T? ByIdentity<T>(Dictionary<string, T> seen, Dictionary<string, T> all, string? key)
        where T : class
    {
        if (key is null)
        {
            return null;
        }

        if (!seen.TryGetValue(key, out var value) && all.TryGetValue(key, out value))
        {
            seen.Add(key, value);
        }

        return value;
    }

    private Entity? Endpoint(Positioned<Relation> located, string id, string field)
    {
        if (entitiesById.TryGetValue(id ?? string.Empty, out var entity))
        {
            return entity;
        }

        if (!Reported.Contains(id ?? string.Empty))
        {
            errors.Add(located.Error($"Unknown entity id '{id}'.", field, located.Value.Id));
        }

        return null;
    }

    private void CheckCitations<T>(Positioned<T> located, ImmutableArray<Citation> citations, string field, string id)
    {
        for (var i = 0; i < citations.Length; i++)
        {
            var citation = citations[i];
            if (!sourcesById.TryGetValue(citation.SourceId ?? string.Empty, out var source))
            {
                errors.Add(located.Error($"Unknown source id '{citation.SourceId}'.", $"{field}[{i}].source", id));
                continue;
            }

            switch (citation)
            {
                case QuoteCitation { Quote: var quote } when string.IsNullOrWhiteSpace(quote):
                    errors.Add(located.Error("A citation needs a quote (or a dataset and a record).", $"{field}[{i}].quote", id));
                    break;
                case QuoteCitation { Quote: var quote }:
                    if (TextOf(source) is { } text && !text.Contains(quote, StringComparison.Ordinal))
                    {
                        errors.Add(located.Error(QuoteMismatch.Describe(quote, text, source), $"{field}[{i}].quote", id));
                    }

                    break;
                case RecordCitation record:
                    if (string.IsNullOrWhiteSpace(record.Dataset))
                    {
                        errors.Add(located.Error("A record citation needs a dataset (ICEWS, GDELT…).", $"{field}[{i}].dataset", id));
                    }

                    if (string.IsNullOrWhiteSpace(record.Record))
                    {
                        errors.Add(located.Error("A record citation needs the record's id.", $"{field}[{i}].record", id));
                    }

                    break;
            }
        }
    }

    private void CheckSourceMetadata(Positioned<Source> located)
    {
        var source = located.Value;
        CheckText(located, source.Id, "url", source.Url);
        CheckText(located, source.Id, "language", source.Language);
        if (source.Url is { } url
            && (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)))
        {
            errors.Add(located.Error($"'{url}' is not an absolute http or https address.", "url", source.Id));
        }

        if (source.Language is { } language && !LanguageTag().IsMatch(language))
        {
            errors.Add(located.Error($"'{language}' is not a language tag such as en, ur or ps-AF.", "language", source.Id));
        }
    }

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageTag();

    private string? TextOf(Source source)
    {
        if (sourceText is null)
        {
            return null;
        }

        if (!texts.TryGetValue(source.Id, out var text))
        {
            text = sourceText(source);
            texts[source.Id] = text;
        }

        return text;
    }

    private Dictionary<string, T> Unique<T>(List<Positioned<T>> items, Func<T, string> id, string what, TrustedRows? trusted = null)
    {
        var seen = new Dictionary<string, T>(items.Count, StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var key = id(items[i].Value) ?? string.Empty;
            if (!seen.TryAdd(key, items[i].Value) && key.Length > 0)
            {
                // Only for a duplicate: the first item of that id, found again (a second dictionary of every id's location cost more).
                var first = items.FindIndex(item => string.Equals(id(item.Value), key, StringComparison.Ordinal));
                var where = Located(items, first, trusted).At is { } at ? $"; the first is at {at.Of("id")}" : string.Empty;
                errors.Add(Located(items, i, trusted).Error($"Duplicate {what} id '{key}'{where}.", "id", key));
            }
        }

        return seen;
    }

    /// <summary>Item <paramref name="index"/> with its location, a trusted relation's made from its row.</summary>
    private static Positioned<T> Located<T>(List<Positioned<T>> items, int index, TrustedRows? trusted) =>
        items[index].At is null && trusted?.At(index) is { } at ? items[index] with { At = at } : items[index];

    // ^[a-z0-9]+(-[a-z0-9]+)*\z without a regex (a million relation ids are checked): a-z and 0-9 in runs joined by
    // single hyphens, nothing after (a final newline included: "pakistan\n" is no second Pakistan).
    private static bool IsKebab(string id)
    {
        if (id.Length == 0 || id[0] == '-' || id[^1] == '-')
        {
            return false;
        }

        for (var i = 0; i < id.Length; i++)
        {
            var c = id[i];
            if (c == '-' ? id[i - 1] == '-' : !(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c)))
            {
                return false;
            }
        }

        return true;
    }

    private bool CheckId<T>(Positioned<T> located, string? id, string what, string field = "id")
    {
        if (string.IsNullOrEmpty(id) || !IsKebab(id))
        {
            errors.Add(located.Error($"A {what} id must be kebab-case (lower-case letters, digits and single hyphens): '{id}'.", field, id));
            return false;
        }

        return true;
    }

    private void Require<T>(Positioned<T> located, string? value, string field, string id)
    {
        if (DisplayText.IsInvisible(value))
        {
            errors.Add(located.Error(string.IsNullOrWhiteSpace(value) ? $"'{field}' must not be empty." : $"'{field}' shows nothing: it holds only invisible characters ('{value}').", field, id));
        }
    }

    private static string Kinds(ImmutableArray<EntityKind> kinds) => string.Join(", ", kinds);
}
