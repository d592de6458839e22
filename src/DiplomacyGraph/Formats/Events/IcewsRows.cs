using DiplomacyGraph.Model;

namespace DiplomacyGraph.Formats.Events;

/// <summary>
/// The ICEWS coded-event layout as Harvard Dataverse publishes it: one header row naming the 20 columns (read by name,
/// so their order may change), then one row per event. <c>NA</c> or an empty field is an absent value.
/// </summary>
internal sealed class IcewsRows
{
    /// <summary>The dataset name in record citations.</summary>
    public const string Dataset = "ICEWS";

    /// <summary>The columns, as the header names them.</summary>
    public static readonly string[] Columns =
    [
        "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code", "Intensity",
        "Target Name", "Target Sectors", "Target Country", "Story ID", "Sentence Number", "Publisher", "City", "District",
        "Province", "Country", "Latitude", "Longitude",
    ];

    // Words that make a plain ICEWS actor name a body rather than a person.
    private static readonly HashSet<string> BodyWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Agency", "Army", "Assembly", "Association", "Authority", "Bank", "Board", "Bureau", "Cabinet", "Command", "Commission",
        "Committee", "Company", "Congress", "Corporation", "Council", "Court", "Department", "Forces", "Front", "Fund", "Government",
        "Group", "Guard", "Institute", "League", "Militia", "Ministry", "Movement", "Nations", "Navy", "Office", "Organization",
        "Parliament", "Party", "Police", "Service", "Taliban", "Union", "University",
    };

    // ICEWS writes a few countries one way as an actor and another way in the country columns.
    private static readonly Dictionary<string, string> CountrySpellings = new(StringComparer.Ordinal)
    {
        ["Russia"] = "Russian Federation",
        ["Palestinian Territory, Occupied"] = "Occupied Palestinian Territory",
    };

    private readonly int[] at = new int[Columns.Length];
    private readonly TabRows rows;
    private readonly RowFields fields;
    private readonly string file;
    private readonly int width;

    private IcewsRows(TabRows rows, string file, string[] header)
    {
        this.rows = rows;
        this.file = file;
        width = header.Length;
        fields = new RowFields(rows, file, header);
        for (var i = 0; i < Columns.Length; i++)
        {
            at[i] = Array.IndexOf(header, Columns[i]);
        }
    }

    /// <summary>Reads the header row (the current row); a missing column is an error at the header.</summary>
    public static IcewsRows Open(TabRows rows, string file)
    {
        var header = new string[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            header[i] = new string(rows[i].Trim());
        }

        var missing = Columns.Where(c => !header.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            throw new GraphFormatException(new GraphError(
                $"This is not an ICEWS event file: its header lacks {string.Join(", ", missing.Select(m => $"'{m}'"))} (expected the 20 Dataverse columns, tab-separated).",
                new FilePosition(file, rows.Line, 1)));
        }

        return new IcewsRows(rows, file, header);
    }

    /// <summary>Whether a first row is the ICEWS header.</summary>
    public static bool IsHeader(TabRows rows) => rows.Count > 1 && rows[0].Trim().SequenceEqual("Event ID");

    /// <summary>Reads the current row into <paramref name="record"/>; false and why not (<paramref name="problem"/>) for a bad row.</summary>
    public bool Read(out EventRecord record, out RowError? problem)
    {
        fields.Reset();
        if (rows.Count != width)
        {
            problem = new RowError("wrong column count", new GraphError(
                $"The row has {rows.Count} tab-separated columns; the header has {width}.", new FilePosition(file, rows.Line, 1), "row"));
            record = default;
            return false;
        }

        var id = fields.Digits(at[0]);
        var day = fields.Day(at[1], IsoDay.Pattern);
        var (code, act) = fields.Cameo(at[6]);
        var intensity = fields.NumberText(at[7]);
        var source = Actor(at[2], at[3], at[4]);
        var target = Actor(at[8], at[9], at[10]);
        var latitude = fields.NumberText(at[18]);
        var longitude = fields.NumberText(at[19]);
        problem = fields.Problem;
        if (problem is not null)
        {
            record = default;
            return false;
        }

        var story = fields.Text(at[11]);
        var publisher = fields.Text(at[13]);
        var text = fields.Text(at[5]);
        var description = CameoCodebook.Description(code);
        record = new EventRecord
        {
            Dataset = Dataset,
            Record = id + "/" + IsoDay.Format(day),
            RecordNumber = -1,
            File = file,
            Line = rows.Line,
            Day = day,
            Code = code,
            Act = act,
            Actor1 = source,
            Actor2 = target,
            Place = Place(latitude, longitude),
            Source = new EventSource(
                story is null ? "icews-" + EventIds.Kebab(publisher ?? "unknown-publisher") : "icews-story-" + EventIds.Kebab(story),
                story is null ? $"ICEWS events from {publisher ?? "an unnamed publisher"}" : $"ICEWS story {story}" + (publisher is null ? string.Empty : $" ({publisher})"),
                null,
                publisher,
                DateRange.Unknown),
            Goldstein = CameoCodebook.GoldsteinScale(code),
            QuadClass = CameoCodebook.QuadClass(code),
            Intensity = intensity,
            EventText = text is not null && !string.Equals(text, description, StringComparison.OrdinalIgnoreCase) ? text : null,
            Sentence = fields.Text(at[12]),
            Country1 = fields.Text(at[4]),
            Country2 = fields.Text(at[10]),
            Country3 = fields.Text(at[17]),
        };

        return true;
    }

    private EventPlace? Place(string? latitude, string? longitude)
    {
        var parts = new[] { fields.Text(at[14]), fields.Text(at[15]), fields.Text(at[16]), fields.Text(at[17]) }.OfType<string>().Distinct().ToList();
        var country = fields.Text(at[17]);
        return parts.Count == 0 ? null : new EventPlace(string.Join(", ", parts), country, latitude, longitude, null, parts.Count == 1 && parts[0] == country);
    }

    /// <summary>
    /// An actor from its name, sectors and country: a name that is its country (or one of ICEWS's other spellings of
    /// it) is a Country; <c>Name (Country)</c>, a name with a word such as Ministry or Party, or an organization sector
    /// is an Organization; any other name is a Person.
    /// </summary>
    private EventActor? Actor(int nameAt, int sectorsAt, int countryAt)
    {
        if (fields.Text(nameAt) is not { } name)
        {
            return null;
        }

        var sectors = fields.Text(sectorsAt);
        var country = fields.Text(countryAt);
        if (country is not null && sectors is null && (name == country || CountrySpellings.GetValueOrDefault(name) == country))
        {
            return new EventActor("country:" + country, EntityKind.Country, name, name == country ? [] : [country], null, null, false);
        }

        var body = name.EndsWith(')') && name.Contains(" (", StringComparison.Ordinal)
            || name.Split(' ').Any(BodyWords.Contains)
            || sectors is not null && (sectors.Contains("Organization", StringComparison.Ordinal) || sectors.Contains("IGO", StringComparison.Ordinal) || sectors.Contains("NGO", StringComparison.Ordinal));
        var government = sectors is not null && sectors.Split(',').Any(s => s.Trim() is "Government" or "Executive" or "Executive Office" or "Cabinet");
        return new EventActor("actor:" + name, body ? EntityKind.Organization : EntityKind.Person, name, [], country, sectors, government);
    }
}
