using DiplomacyGraph.Model;

namespace DiplomacyGraph.Formats.Events;

/// <summary>
/// GDELT event rows (no header), each row's layout by its column count (<see cref="GdeltLayout"/>), so a file may mix
/// the 1.0 daily and historical layouts as the sample does. <c>NA</c> or an empty field is an absent value.
/// </summary>
internal sealed class GdeltRows(TabRows rows, string file)
{
    /// <summary>The dataset name in record citations.</summary>
    public const string Dataset = "GDELT";

    private readonly Dictionary<GdeltLayout, RowFields> fields = [];

    // Rows repeat actors and URLs: each is made once (a URL's source parses it; an actor reads names and types).
    // Each is looked up by the span of the fields that name it, so a row naming a known one makes no string for it.
    private readonly SpanMap<EventActor> actors = new();
    private readonly SpanMap<EventPlace?> places = new();
    private readonly SpanMap<EventSource> sourcesByTail = new();

    /// <summary>Reads the current row into <paramref name="record"/>; false and why not (<paramref name="problem"/>) for a bad row.</summary>
    public bool Read(out EventRecord record, out RowError? problem)
    {
        if (GdeltLayout.Of(rows.Count) is not { } layout)
        {
            problem = new RowError("wrong column count", new GraphError(
                $"The row has {rows.Count} tab-separated columns; a GDELT event row has 61 (2.0 export), 58 (1.0 daily) or 57 (1.0 historical).",
                new FilePosition(file, rows.Line, 1), "row"));
            record = default;
            return false;
        }

        if (!fields.TryGetValue(layout, out var f))
        {
            f = new RowFields(rows, file, layout.Columns);
            fields.Add(layout, f);
        }

        f.Reset();
        // A plainly written GLOBALEVENTID (every one GDELT writes) is read as its number: no string but the relation's id.
        var number = f.PlainNumber(0);
        var id = number < 0 ? f.Digits(0) : null;
        var day = f.Day(1, "yyyyMMdd");
        var actor1 = Actor(f, 5);
        var actor2 = Actor(f, 15);
        var (code, act) = f.Cameo(26);
        var quad = f.Number(29);
        if (quad is not null and not (1 or 2 or 3 or 4))
        {
            f.Fail(29, "malformed QuadClass", $"'QuadClass' is '{f.Text(29)}', not 1, 2, 3 or 4.");
        }

        var goldstein = f.Number(30);
        var mentions = f.Count(31);
        var sources = f.Count(32);
        var articles = f.Count(33);
        var tone = f.Number(34);
        // A location's fields as a whole were seen on an earlier good row: the same place, its coordinates checked then.
        var geo = f.Span(layout.ActionGeo, layout.Latitude + 2);
        var knownPlace = places.TryGetValue(geo, out var place);
        var latitude = knownPlace ? null : f.NumberText(layout.Latitude);
        var longitude = knownPlace ? null : f.NumberText(layout.Latitude + 1);
        // The day added and the URL (the last columns) as a whole were seen on an earlier good row: the same source.
        var tail = f.Span(layout.DateAdded, rows.Count - 1);
        var knownSource = sourcesByTail.TryGetValue(tail, out var source);
        var added = knownSource ? null : Added(f, layout);
        problem = f.Problem;
        if (problem is not null)
        {
            record = default;
            return false;
        }

        if (!knownPlace)
        {
            place = f.Shared(layout.ActionGeo + 1) is { } name
                ? new EventPlace(name, f.Shared(layout.ActionGeo + 2), latitude, longitude, f.Shared(layout.Latitude + 2), f.Shared(layout.ActionGeo) == "1")
                : null;
            places.Add(geo, place);
        }

        record = new EventRecord
        {
            Dataset = Dataset,
            Record = id,
            RecordNumber = number,
            File = file,
            Line = rows.Line,
            Day = day,
            Code = code,
            Act = act,
            Actor1 = actor1,
            Actor2 = actor2,
            Place = place,
            Source = knownSource ? source : Source(f, layout, added, tail),
            Goldstein = goldstein ?? CameoCodebook.GoldsteinScale(code),
            QuadClass = quad is { } q ? (int)q : CameoCodebook.QuadClass(code),
            RootEvent = f.Shared(25),
            Mentions = mentions,
            Sources = sources,
            Articles = articles,
            Tone = tone,
            HasCounts = true,
            Country1 = f.Shared(7),
            Country2 = f.Shared(17),
            Country3 = f.Shared(layout.ActionGeo + 2),
        };

        return true;
    }

    private static DateOnly? Added(RowFields f, GdeltLayout layout)
    {
        if (f.IsAbsent(layout.DateAdded))
        {
            return null;
        }

        if (layout.DateAddedFormat.Length == 14)
        {
            var stamp = f.Text(layout.DateAdded)!;
            if (stamp.Length == 14 && DateTime.TryParseExact(stamp, "yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var time))
            {
                return DateOnly.FromDateTime(time);
            }

            f.Fail(layout.DateAdded, "malformed date", $"'DATEADDED' is '{stamp}', not a UTC time written yyyyMMddHHmmss.");
            return null;
        }

        return f.Day(layout.DateAdded, layout.DateAddedFormat);
    }

    /// <summary>The source URL's article (outlet its host, published the day GDELT added it), or one source for all rows without a URL.</summary>
    private EventSource Source(RowFields f, GdeltLayout layout, DateOnly? added, ReadOnlySpan<char> tail)
    {
        var source = SourceOf(f, layout, added);
        sourcesByTail.Add(tail, source);
        return source;
    }

    // A URL seen before with another DATEADDED makes a second object of the same source id: the import adds the first.
    private EventSource SourceOf(RowFields f, GdeltLayout layout, DateOnly? added)
    {
        var published = added is { } day ? DateRange.On(FuzzyDate.OfDay(day)) : DateRange.Unknown;
        if (layout.SourceUrl >= 0 && !f.IsAbsent(layout.SourceUrl))
        {
            var url = f.Text(layout.SourceUrl)!;
            var host = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : null;
            var outlet = host is null ? null : host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
            var source = new EventSource("gdelt-" + EventIds.Kebab(outlet ?? "source") + "-" + EventIds.Hash(url), url, url, outlet, published);
            return source;
        }

        return noUrl;
    }

    // One per reader (the import marks it added): a static one would stay marked for the next import.
    private readonly EventSource noUrl = new("gdelt-no-url", "GDELT event records without a source URL (1.0 historical back-file)", null, null, DateRange.Unknown);

    /// <summary>
    /// An actor from its code, name, country and type codes: a code that is just its country code is a Country, named
    /// from ISO 3166 (GDELT's name is often a city: <c>PAK</c> comes as LAHORE); any other code (a country with role or
    /// type codes such as <c>PAKGOV</c>, or a type alone such as <c>GOV</c>) an Organization named by its country and
    /// types (<c>Pakistan government (PAKGOV)</c>). GDELT's own name is kept as the <c>gdelt-name</c> attribute.
    /// </summary>
    private EventActor? Actor(RowFields f, int at)
    {
        if (f.IsAbsent(at))
        {
            return null;
        }

        // The code, name and country columns together say which actor the row names.
        var key = f.Span(at, at + 2);
        if (actors.TryGetValue(key, out var seen))
        {
            return seen;
        }

        seen = NewActor(f, at, f.Shared(at)!);
        actors.Add(key, seen);
        return seen;
    }

    private static EventActor NewActor(RowFields f, int at, string code)
    {
        var given = f.Shared(at + 1) is { } written ? EventIds.Title(written) : null;
        var country = f.Shared(at + 2);
        var countryName = country is null ? null : CountryCodes.Name(country);
        if (code == country)
        {
            return new EventActor("gdelt:" + code, EntityKind.Country, countryName ?? given ?? code, [code, .. CountryCodes.OtherNames(code)], null, null, false, given);
        }

        var types = new[] { f.Shared(at + 7), f.Shared(at + 8), f.Shared(at + 9) }.OfType<string>().ToList();
        var words = string.Join(" ", types.Select(CountryCodes.Type));
        var name = (countryName, words.Length) switch
        {
            (not null, > 0) => $"{countryName} {words}",
            (null, > 0) => string.Concat(words[..1].ToUpperInvariant(), words[1..]),
            _ => given ?? code,
        };
        return new EventActor("gdelt:" + code, EntityKind.Organization, $"{name} ({code})", [code], country, types.Count == 0 ? null : string.Join(",", types), false, given);
    }
}
