using System.Collections.Immutable;
using CsCheck;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Tests.Reliability;

/// <summary>
/// CsCheck generators of random valid graphs: every entity kind, fuzzy dates of every shape (day, month,
/// year; open, exclusive and inferred ends), text full of YAML/JSON syntax, unicode and quotes, parallel
/// relations, meetings with status lists, statements, inference marks, source metadata, relation attributes,
/// record citations, extension relation types.
/// </summary>
internal static class GraphGen
{
    /// <summary>Pieces of text that trouble serializers: syntax characters, look-alike scalars, unicode, line breaks (controls XML cannot carry, C1 controls and text that shows nothing are invalid).</summary>
    private static readonly string[] Fragments =
    [
        "a", "Ishaq Dar", "Kabul", " ", "  ", "\t", "\n", "\r\n", "\r", "'", "\"", "“", "”", "’", "—", "#", ": ", " #", "- ", "-", "? ", "{", "}", "[", "]", ",",
        "&a", "*a", "!tag", "!!str", "|", ">", "%", "@", "`", "\\", "\\n", "null", "Null", "~", "true", "no", "yes", "1e3", "0x1F", "-.inf", "007",
        "2025-03-22", "unknown", "---", "...", "é", "e\u0301", "ı", "ß", "中文", "عربي", "پاکستان", "😀", "👩‍👩‍👧", "\u00A0", "\u2028", "\u200B", "\uFEFF", "\u202E", "<a>", "&amp;",
    ];

    public static readonly Gen<string> Text = Gen.OneOf(Fragments).Array[1, 5].Select(string.Concat).Where(s => !DisplayText.IsInvisible(s));

    private static readonly Gen<string?> OptionalText = Gen.Frequency((1, Gen.Const((string?)null)), (2, Text.Select(s => (string?)s)));

    private static readonly Gen<FuzzyDate> Date =
        from year in Gen.Int[1, 9999]
        from precision in Gen.Int[0, 2]
        from month in Gen.Int[1, 12]
        from day in Gen.Int[1, 31]
        select precision switch
        {
            0 => FuzzyDate.OfYear(year),
            1 => FuzzyDate.OfMonth(year, month),
            _ => FuzzyDate.OfDay(year, month, Math.Min(day, DateTime.DaysInMonth(year, month))),
        };

    private static readonly Gen<DateBound?> Bound = Gen.Frequency(
        (1, Gen.Const((DateBound?)null)),
        (4, from date in Date from inferred in Gen.Bool from exclusive in Gen.Bool
            select (DateBound?)new DateBound(date, inferred ? DateBasis.Inferred : DateBasis.Stated, exclusive)));

    public static readonly Gen<DateRange> Time = Gen.Frequency(
        (1, Gen.Const(DateRange.Unknown)),
        (2, from date in Date from inferred in Gen.Bool select DateRange.On(date, inferred ? DateBasis.Inferred : DateBasis.Stated)),
        (3, from start in Bound from end in Bound select Range(start, end)));

    private static readonly Gen<string[]> Texts = Text.Array[0, 3];

    private static readonly Gen<EntityKind> Kind = Gen.OneOf(Enum.GetValues<EntityKind>());

    private static readonly Gen<EntityKind[]> Kinds = Kind.Array[0, 3].Select(k => k.Distinct().ToArray());

    /// <summary>A quote, or one time in four a record (its dataset and id drawn from the same troublesome text).</summary>
    private static readonly Gen<CitationSpec> Citation =
        from source in Gen.Int[0, 9] from quote in Text from record in Gen.Int[0, 3] from dataset in Text from id in Text
        select new CitationSpec(source, quote, record == 0 ? (dataset, id) : null);

    private static readonly Gen<CitationSpec[]> Citations = Citation.Array[0, 2];

    /// <summary>Status reports cite by quote only (GraphML writes a report's citations as source, quote pairs; docs/limits.md).</summary>
    private static readonly Gen<CitationSpec[]> QuoteCitations = Gen.Select(Gen.Int[0, 9], Text).Select((s, q) => new CitationSpec(s, q, null)).Array[0, 2];

    private static readonly Gen<string?> Url = Gen.OneOf<string?>(null, null, "https://example.org/a?b=1&c=%20d#e", "http://news.test/2025/04/dar|kabul", "https://x.test/ü/“q”");

    private static readonly Gen<string?> Language = Gen.OneOf<string?>(null, "en", "ur", "ps-AF", "fa-Latn-IR");

    /// <summary>Stated (sometimes with a remark), or inferred with the note that must say why.</summary>
    private static readonly Gen<(Basis Basis, string? Note)> Mark =
        from inferred in Gen.Bool from note in OptionalText from reason in Text
        select inferred ? (Basis.Inferred, reason) : (Basis.Stated, note);

    private static readonly Gen<(string Key, string Value)[]> Attributes = Gen.Select(Text, Gen.Frequency((3, Text), (1, Gen.Const(string.Empty)))).Array[0, 2];

    private static readonly Gen<Source> Source =
        from title in Text from file in Gen.Int[0, 3] from outlet in OptionalText from author in OptionalText from published in Time
        from url in Url from retrieved in Time from language in Language
        select new Source
        {
            Id = "x", Title = title, File = file == 0 ? $"sources/article-{file}.txt" : null, Outlet = outlet, Author = author, Published = published,
            Url = url, Retrieved = retrieved, Language = language,
        };

    private static readonly Gen<RelationType> ExtensionType =
        from directed in Gen.Bool from fromKinds in Kinds from toKinds in Kinds from description in OptionalText
        select new RelationType { Name = "x", Directed = directed, FromKinds = [.. fromKinds], ToKinds = [.. toKinds], Description = description ?? string.Empty };

    private static readonly Gen<EntitySpec> Entity =
        from kind in Kind from name in Text from aliases in Texts from attributes in Attributes
        from citations in Citations from time in Time from statuses in Gen.Select(Gen.OneOf(Enum.GetValues<MeetingStatus>()), QuoteCitations).Array[1, 3] from topics in Texts
        from mark in Mark from act in Gen.OneOf(Enum.GetValues<StatementAct>()) from speech in Gen.OneOf(Enum.GetValues<SpeechMode>())
        select new EntitySpec(kind, name, aliases, attributes, citations, time, statuses, topics, mark, act, speech);

    private static readonly Gen<RelationSpec> Relation =
        from type in Gen.Int[0, 100] from source in Gen.Int[0, 100] from target in Gen.Int[0, 100] from times in Time.Array[1, 3]
        from role in OptionalText from assertion in Gen.OneOf(Enum.GetValues<Assertion>()) from claimedBy in Gen.Int[-3, 100] from citations in Citations
        from attributes in Attributes from mark in Mark
        select new RelationSpec(type, source, target, times, role, assertion, claimedBy, citations, attributes, mark);

    /// <summary>A whole valid graph.</summary>
    public static readonly Gen<DiplomaticGraph> Graph =
        from sources in Source.Array[1, 3] from types in ExtensionType.Array[0, 2] from entities in Entity.Array[2, 8] from relations in Relation.Array[0, 10]
        select Assemble(sources, types, entities, relations);

    /// <summary>The range the two ends make; drawn the wrong way round, swapped; when exclusive ends leave no day either way, the one date.</summary>
    private static DateRange Range(DateBound? start, DateBound? end) =>
        TryRange(start, end) ?? TryRange(end, start) ?? DateRange.On((start ?? end)!.Value.Date, (start ?? end)!.Value.Basis);

    private static DateRange? TryRange(DateBound? start, DateBound? end)
    {
        try
        {
            return new DateRange(start, end);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static DiplomaticGraph Assemble(Source[] sources, RelationType[] types, EntitySpec[] entities, RelationSpec[] relations)
    {
        var builder = new GraphBuilder();
        for (var i = 0; i < sources.Length; i++)
        {
            builder.AddSource(sources[i] with { Id = $"source-{i}" });
        }

        var vocabulary = BuiltInRelationTypes.All.ToList();
        for (var i = 0; i < types.Length; i++)
        {
            var type = types[i] with { Name = $"extension-{i}" };
            builder.AddRelationType(type);
            vocabulary.Add(type);
        }

        ImmutableArray<Citation> Cite(CitationSpec[] specs, bool atLeastOne) =>
        [
            .. specs.Select(c => c.Record is var (dataset, record)
                ? (Citation)new RecordCitation($"source-{c.Source % sources.Length}", dataset, record)
                : new QuoteCitation($"source-{c.Source % sources.Length}", c.Quote)),
            .. atLeastOne && specs.Length == 0 ? [new QuoteCitation("source-0", "the quote")] : Array.Empty<Citation>(),
        ];

        var built = entities.Select((e, i) => new Entity
        {
            Id = $"{e.Kind.ToString().ToLowerInvariant()}-{i}",
            Kind = e.Kind,
            Name = e.Name,
            Aliases = [.. e.Aliases],
            Attributes = Dictionary(e.Attributes),
            Basis = e.Mark.Basis,
            Note = e.Mark.Note,
            Citations = Cite(e.Citations, atLeastOne: e.Kind is EntityKind.Meeting or EntityKind.Statement),
            Meeting = e.Kind != EntityKind.Meeting ? null : new MeetingDetails
            {
                Time = e.Time,
                Statuses = [.. e.Statuses.Select(s => new StatusReport { Status = s.Status, Citations = Cite(s.Citations, atLeastOne: false) })],
                Topics = [.. e.Topics],
            },
            Statement = e.Kind != EntityKind.Statement ? null : new StatementDetails { Act = e.Act, Speech = e.Speech, Time = e.Time, Topics = [.. e.Topics] },
        }).ToList();
        built.ForEach(e => builder.AddEntity(e));

        for (var i = 0; i < relations.Length; i++)
        {
            var spec = relations[i];
            var type = vocabulary[spec.Type % vocabulary.Count];
            var from = Pick(built, spec.From, e => type.AllowsFrom(e.Kind));
            var to = Pick(built, spec.To, e => type.AllowsTo(e.Kind) && e != from);
            if (from is null || to is null)
            {
                continue;
            }

            // Several times for one drawn relation: parallel relations between the same pair, each with its own id.
            for (var k = 0; k < spec.Times.Length; k++)
            {
                builder.AddRelation(new Relation
                {
                    Id = $"relation-{i}-{k}", Type = type.Name, From = from.Id, To = to.Id, Time = spec.Times[k], Role = spec.Role,
                    Assertion = spec.Assertion, ClaimedBy = spec.ClaimedBy < 0 ? null : built[spec.ClaimedBy % built.Count].Id,
                    Attributes = Dictionary(spec.Attributes), Basis = spec.Mark.Basis, Note = spec.Mark.Note,
                    Citations = Cite(spec.Citations, atLeastOne: true),
                });
            }
        }

        return builder.Build();
    }

    private static ImmutableSortedDictionary<string, string> Dictionary((string Key, string Value)[] pairs) =>
        pairs.DistinctBy(a => a.Key).ToImmutableSortedDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);

    private static Entity? Pick(List<Entity> entities, int start, Func<Entity, bool> allowed) =>
        Enumerable.Range(0, entities.Count).Select(k => entities[(start + k) % entities.Count]).FirstOrDefault(allowed);

    internal sealed record CitationSpec(int Source, string Quote, (string Dataset, string Record)? Record);

    internal sealed record EntitySpec(
        EntityKind Kind, string Name, string[] Aliases, (string Key, string Value)[] Attributes, CitationSpec[] Citations,
        DateRange Time, (MeetingStatus Status, CitationSpec[] Citations)[] Statuses, string[] Topics,
        (Basis Basis, string? Note) Mark, StatementAct Act, SpeechMode Speech);

    internal sealed record RelationSpec(
        int Type, int From, int To, DateRange[] Times, string? Role, Assertion Assertion, int ClaimedBy, CitationSpec[] Citations,
        (string Key, string Value)[] Attributes, (Basis Basis, string? Note) Mark);
}
