namespace DiplomacyGraph.Formats.Events;

/// <summary>
/// The three GDELT event layouts, told apart by their column count (the files have no header): 2.0 export (61 columns,
/// geographies with ADM2 codes, <c>DATEADDED</c> as yyyyMMddHHmmss UTC), 1.0 daily (58: no ADM2, <c>DATEADDED</c>
/// yyyyMMdd) and 1.0 historical back-file (57: no <c>SOURCEURL</c>). Column names as in the GDELT codebooks.
/// </summary>
internal sealed class GdeltLayout
{
    private static readonly string[] Head =
    [
        "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
        .. Actor("Actor1"), .. Actor("Actor2"),
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    ];

    private GdeltLayout(string name, bool adm2, bool url)
    {
        Name = name;
        string[] geo(string prefix) => adm2
            ? [prefix + "_Type", prefix + "_FullName", prefix + "_CountryCode", prefix + "_ADM1Code", prefix + "_ADM2Code", prefix + "_Lat", prefix + "_Long", prefix + "_FeatureID"]
            : [prefix + "_Type", prefix + "_FullName", prefix + "_CountryCode", prefix + "_ADM1Code", prefix + "_Lat", prefix + "_Long", prefix + "_FeatureID"];
        Columns = [.. Head, .. geo("Actor1Geo"), .. geo("Actor2Geo"), .. geo("ActionGeo"), "DATEADDED", .. url ? new[] { "SOURCEURL" } : []];
        ActionGeo = Array.IndexOf(Columns, "ActionGeo_Type");
        Latitude = Array.IndexOf(Columns, "ActionGeo_Lat");
        DateAdded = Array.IndexOf(Columns, "DATEADDED");
        DateAddedFormat = adm2 ? "yyyyMMddHHmmss" : "yyyyMMdd";
        SourceUrl = url ? Columns.Length - 1 : -1;
    }

    /// <summary>GDELT 2.0 event export, 61 columns.</summary>
    public static GdeltLayout V2 { get; } = new("GDELT 2.0 export", adm2: true, url: true);

    /// <summary>GDELT 1.0 daily file, 58 columns.</summary>
    public static GdeltLayout V1Daily { get; } = new("GDELT 1.0 daily", adm2: false, url: true);

    /// <summary>GDELT 1.0 historical back-file, 57 columns.</summary>
    public static GdeltLayout V1Historical { get; } = new("GDELT 1.0 historical", adm2: false, url: false);

    public string Name { get; }

    public string[] Columns { get; }

    public int ActionGeo { get; }

    public int Latitude { get; }

    public int DateAdded { get; }

    public string DateAddedFormat { get; }

    /// <summary>The <c>SOURCEURL</c> column, or −1 when the layout has none.</summary>
    public int SourceUrl { get; }

    /// <summary>The layout with this many columns, or <see langword="null"/>.</summary>
    public static GdeltLayout? Of(int count) => count switch { 61 => V2, 58 => V1Daily, 57 => V1Historical, _ => null };

    private static string[] Actor(string prefix) =>
    [
        prefix + "Code", prefix + "Name", prefix + "CountryCode", prefix + "KnownGroupCode", prefix + "EthnicCode",
        prefix + "Religion1Code", prefix + "Religion2Code", prefix + "Type1Code", prefix + "Type2Code", prefix + "Type3Code",
    ];
}
