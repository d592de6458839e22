namespace DiplomacyGraph.Model;

/// <summary>A document facts are cited from, typically a news article.</summary>
public sealed record Source
{
    /// <summary>Stable id (kebab-case).</summary>
    public required string Id { get; init; }

    /// <summary>The headline or title.</summary>
    public required string Title { get; init; }

    /// <summary>The file holding the text, relative to the dataset file that declares the source.</summary>
    public string? File { get; init; }

    /// <summary>The publication it appeared in, when the source names it.</summary>
    public string? Outlet { get; init; }

    /// <summary>The author, when the source names one.</summary>
    public string? Author { get; init; }

    /// <summary>When it was published, only as far as known; <see cref="DateRange.Unknown"/> otherwise.</summary>
    public DateRange Published { get; init; }

    /// <summary>Where it can be read: an absolute <c>http</c> or <c>https</c> address, when known.</summary>
    public string? Url { get; init; }

    /// <summary>When the curator read or downloaded it; <see cref="DateRange.Unknown"/> when not recorded.</summary>
    public DateRange Retrieved { get; init; }

    /// <summary>The language of the text, as a BCP 47 tag (<c>en</c>, <c>ur</c>, <c>ps-AF</c>), when known.</summary>
    public string? Language { get; init; }
}
