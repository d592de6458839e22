namespace DiplomacyGraph.Cli;

/// <summary>What <c>dipgraph</c> returns to the shell.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>An entity was not found, or a name is ambiguous (candidates are listed).</summary>
    public const int NotFound = 1;

    /// <summary>Invalid input: a dataset with errors (file:line:col on stderr) or bad arguments.</summary>
    public const int InvalidInput = 2;
}
