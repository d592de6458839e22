using DiplomacyGraph.Model;

namespace DiplomacyGraph.Formats.Events;

/// <summary>
/// One event row read from ICEWS or GDELT, its values checked and typed, before it is mapped onto the model: a value the
/// reader fills and the mapper reads in place (passed by reference), so a row makes no object of its own.
/// </summary>
internal readonly struct EventRecord
{
    /// <summary>The dataset named in record citations: <c>ICEWS</c> or <c>GDELT</c>.</summary>
    public required string Dataset { get; init; }

    /// <summary>
    /// The record id: ICEWS <c>Event ID</c> and <c>Event Date</c> joined by a slash; GDELT <c>GLOBALEVENTID</c>, or
    /// <see langword="null"/> when that is a number written plainly (<see cref="RecordNumber"/>).
    /// </summary>
    public required string? Record { get; init; }

    /// <summary>GDELT: the <c>GLOBALEVENTID</c> written plainly (1 to 18 digits, no leading zero) as its number, or −1 (then <see cref="Record"/> is its text).</summary>
    public long RecordNumber { get; init; }

    /// <summary>The file the row is in, for the relation's location.</summary>
    public required string File { get; init; }

    /// <summary>The row's line in <see cref="File"/>, from 1.</summary>
    public required int Line { get; init; }

    /// <summary>Where the row is (its first column): made when asked, as few rows need it (a new entity, source or tie).</summary>
    public FilePosition Location => new(File, Line, 1);

    public required DateOnly Day { get; init; }

    public required string Code { get; init; }

    public required StatementAct Act { get; init; }

    public EventActor? Actor1 { get; init; }

    public EventActor? Actor2 { get; init; }

    public EventPlace? Place { get; init; }

    public required EventSource Source { get; init; }

    public double? Goldstein { get; init; }

    public int? QuadClass { get; init; }

    /// <summary>ICEWS: the intensity (−10 … +10), as written.</summary>
    public string? Intensity { get; init; }

    /// <summary>ICEWS: the event text, when it says more than the codebook's description.</summary>
    public string? EventText { get; init; }

    /// <summary>ICEWS: the sentence of the story the event was coded from.</summary>
    public string? Sentence { get; init; }

    /// <summary>GDELT: whether the event was in a lead paragraph (<c>IsRootEvent</c>).</summary>
    public string? RootEvent { get; init; }

    public long Mentions { get; init; }

    public long Sources { get; init; }

    public long Articles { get; init; }

    public double? Tone { get; init; }

    /// <summary>Whether the row has GDELT's counts (mentions, sources, articles, tone).</summary>
    public bool HasCounts { get; init; }

    /// <summary>The countries the row names (actors' and location's), as written: what <c>--country</c> filters on.</summary>
    public string?[] Countries => [Country1, Country2, Country3];

    /// <summary>The first actor's country, as written.</summary>
    public string? Country1 { get; init; }

    /// <summary>The second actor's country, as written.</summary>
    public string? Country2 { get; init; }

    /// <summary>The location's country, as written.</summary>
    public string? Country3 { get; init; }
}

/// <summary>An actor as a row names it: <see cref="Key"/> says when two rows name the same one.</summary>
/// <param name="Key">The dataset's identity of the actor: ICEWS its name, GDELT its actor code.</param>
/// <param name="Kind">Person, Country or Organization.</param>
/// <param name="Name">The display name.</param>
/// <param name="Aliases">Other names (a GDELT code and a country's other names, an ICEWS country's other spelling).</param>
/// <param name="Country">The country it belongs to, as the row writes it (ICEWS name, GDELT code).</param>
/// <param name="Sectors">ICEWS sectors, GDELT type codes.</param>
/// <param name="Government">Whether the sectors name a government office (ICEWS), for the office relation.</param>
/// <param name="Given">GDELT: the actor name the row gives (often a city or a title, not the actor's name).</param>
internal sealed record EventActor(string Key, EntityKind Kind, string Name, IReadOnlyList<string> Aliases, string? Country, string? Sectors, bool Government, string? Given = null)
{
    /// <summary>The import's entity for this actor once it has been mapped (its aliases given): later rows naming it need no lookup.</summary>
    public EventDraft? Draft { get; set; }
}

/// <summary>Where an event happened, when the row says; <paramref name="IsCountry"/> when the row names only a country (then the place is that country).</summary>
internal sealed record EventPlace(string Name, string? Country, string? Latitude, string? Longitude, string? FeatureId, bool IsCountry)
{
    /// <summary>The import's entity id for this place once mapped, when that cannot change with later rows.</summary>
    public string? EntityId { get; set; }
}

/// <summary>Who reported an event: an ICEWS story and publisher, or a GDELT source URL.</summary>
internal sealed record EventSource(string Id, string Title, string? Url, string? Outlet, DateRange Published)
{
    /// <summary>The source id once the import has added (or found) the source.</summary>
    public string? AddedId { get; set; }
}
