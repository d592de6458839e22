using System.Collections.Immutable;
using CsCheck;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Tests.Reliability;

/// <summary>
/// CsCheck generators of random valid graphs: every entity kind, fuzzy dates of every shape (day, month,
/// year; open, exclusive and inferred ends), text full of YAML/JSON syntax, unicode and quotes, parallel
/// relations, meetings with status lists, extension relation types.
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

    // Statements join once GraphML carries their act and speech (model milestone 2).
    private static readonly Gen<EntityKind> Kind = Gen.OneOf(Enum.GetValues<EntityKind>().Where(k => k != EntityKind.Statement).ToArray());

    private static readonly Gen<EntityKind[]> Kinds = Kind.Array[0, 3].Select(k => k.Distinct().ToArray());

    private static readonly Gen<(int Source, string Quote)[]> Citations = Gen.Select(Gen.Int[0, 9], Text).Array[0, 2];

    private static readonly Gen<Source> Source =
        from title in Text from file in Gen.Int[0, 3] from outlet in OptionalText from author in OptionalText from published in Time
        select new Source { Id = "x", Title = title, File = file == 0 ? $"sources/article-{file}.txt" : null, Outlet = outlet, Author = author, Published = published };

    private static readonly Gen<RelationType> ExtensionType =
        from directed in Gen.Bool from fromKinds in Kinds from toKinds in Kinds from description in OptionalText
        select new RelationType { Name = "x", Directed = directed, FromKinds = [.. fromKinds], ToKinds = [.. toKinds], Description = description ?? string.Empty };

    private static readonly Gen<EntitySpec> Entity =
        from kind in Kind from name in Text from aliases in Texts from attributes in Gen.Select(Text, Gen.Frequency((3, Text), (1, Gen.Const(string.Empty)))).Array[0, 2]
        from citations in Citations from time in Time from statuses in Gen.Select(Gen.OneOf(Enum.GetValues<MeetingStatus>()), Citations).Array[1, 3] from topics in Texts
        select new EntitySpec(kind, name, aliases, attributes, citations, time, statuses, topics);

    private static readonly Gen<RelationSpec> Relation =
        from type in Gen.Int[0, 100] from source in Gen.Int[0, 100] from target in Gen.Int[0, 100] from times in Time.Array[1, 3]
        from role in OptionalText from assertion in Gen.OneOf(Enum.GetValues<Assertion>()) from claimedBy in Gen.Int[-3, 100] from citations in Citations
        select new RelationSpec(type, source, target, times, role, assertion, claimedBy, citations);

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

        var vocabulary = RelationTypes.BuiltIn.ToList();
        for (var i = 0; i < types.Length; i++)
        {
            var type = types[i] with { Name = $"extension-{i}" };
            builder.AddRelationType(type);
            vocabulary.Add(type);
        }

        ImmutableArray<Citation> Cite((int Source, string Quote)[] specs, bool atLeastOne) =>
        [
            .. specs.Select(c => new QuoteCitation($"source-{c.Source % sources.Length}", c.Quote)),
            .. atLeastOne && specs.Length == 0 ? [new QuoteCitation("source-0", "the quote")] : Array.Empty<Citation>(),
        ];

        var built = entities.Select((e, i) => new Entity
        {
            Id = $"{e.Kind.ToString().ToLowerInvariant()}-{i}",
            Kind = e.Kind,
            Name = e.Name,
            Aliases = [.. e.Aliases],
            Attributes = e.Attributes.DistinctBy(a => a.Key).ToImmutableSortedDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal),
            Citations = Cite(e.Citations, atLeastOne: e.Kind == EntityKind.Meeting),
            Meeting = e.Kind != EntityKind.Meeting ? null : new MeetingDetails
            {
                Time = e.Time,
                Statuses = [.. e.Statuses.Select(s => new StatusReport { Status = s.Status, Citations = Cite(s.Citations, atLeastOne: false) })],
                Topics = [.. e.Topics],
            },
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
                    Citations = Cite(spec.Citations, atLeastOne: true),
                });
            }
        }

        return builder.Build();
    }

    private static Entity? Pick(List<Entity> entities, int start, Func<Entity, bool> allowed) =>
        Enumerable.Range(0, entities.Count).Select(k => entities[(start + k) % entities.Count]).FirstOrDefault(allowed);

    internal sealed record EntitySpec(
        EntityKind Kind, string Name, string[] Aliases, (string Key, string Value)[] Attributes, (int Source, string Quote)[] Citations,
        DateRange Time, (MeetingStatus Status, (int Source, string Quote)[] Citations)[] Statuses, string[] Topics);

    internal sealed record RelationSpec(
        int Type, int From, int To, DateRange[] Times, string? Role, Assertion Assertion, int ClaimedBy, (int Source, string Quote)[] Citations);
}
