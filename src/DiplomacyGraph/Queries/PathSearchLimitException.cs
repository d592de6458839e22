namespace DiplomacyGraph.Queries;

/// <summary>
/// An enumeration of paths (<see cref="PathQueries.AllPaths"/>) went past its cap on paths or its bound on work; the message says
/// which, how far it got, and what to change. Thrown instead of running for hours or filling memory.
/// </summary>
public sealed class PathSearchLimitException : Exception
{
    /// <summary>Creates the exception with its message.</summary>
    public PathSearchLimitException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with no message.</summary>
    public PathSearchLimitException()
    {
    }

    /// <summary>Creates the exception with its message and cause.</summary>
    public PathSearchLimitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
