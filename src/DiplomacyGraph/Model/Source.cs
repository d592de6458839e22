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
}
