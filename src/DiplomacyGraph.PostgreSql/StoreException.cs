namespace DiplomacyGraph.PostgreSql;

/// <summary>
/// A store operation failed: the server could not be reached or went away, refused the login, the schema is missing or
/// newer than this library, or a write would break the graph. The message is one line and never holds the connection
/// string or a password. A failed write has changed nothing: every write runs in one transaction.
/// </summary>
public sealed class StoreException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StoreException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the failure underneath.</summary>
    public StoreException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>Creates the exception with no message (prefer the other constructors).</summary>
    public StoreException()
        : base("The DiplomacyGraph store failed.")
    {
    }

    /// <summary>The PostgreSQL error code (SQLSTATE) when the server reported the failure, such as <c>28P01</c>.</summary>
    public string? SqlState { get; init; }
}
