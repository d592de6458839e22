namespace DiplomacyGraph;

/// <summary>
/// The one exception every loader and <see cref="GraphBuilder.Build"/> throw for bad input. It lists
/// every problem found, each with file, line, column and field where known. When it is thrown,
/// no graph was produced: nothing is half-loaded.
/// </summary>
public sealed class GraphFormatException : Exception
{
    /// <summary>
    /// The most problems one exception lists (1,000); any more are only counted in <see cref="MoreErrors"/>, so a file
    /// of millions of broken values costs bounded memory.
    /// </summary>
    public const int MaxErrors = 1000;

    /// <summary>Creates the exception from the problems found (at least one) and the count of those past <see cref="MaxErrors"/>.</summary>
    internal GraphFormatException(IReadOnlyList<GraphError> errors, int moreErrors = 0)
        : base(Describe(errors, moreErrors))
    {
        Errors = errors;
        MoreErrors = moreErrors;
    }

    /// <summary>Creates the exception from a single problem.</summary>
    public GraphFormatException(GraphError error, Exception? inner = null)
        : base(Describe([error], 0), inner)
    {
        Errors = [error];
    }

    /// <summary>Every problem found, in input order, up to <see cref="MaxErrors"/>.</summary>
    public IReadOnlyList<GraphError> Errors { get; }

    /// <summary>How many more problems were found past <see cref="MaxErrors"/> and not listed.</summary>
    public int MoreErrors { get; }

    private static string Describe(IReadOnlyList<GraphError> errors, int moreErrors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0)
        {
            throw new ArgumentException("At least one error is required.", nameof(errors));
        }

        var more = moreErrors > 0 ? $"{Environment.NewLine}… and {moreErrors:N0} more (GraphFormatException.MaxErrors)" : string.Empty;
        return errors.Count == 1 && moreErrors == 0
            ? errors[0].ToString()
            : $"{errors.Count + moreErrors:N0} problems:{Environment.NewLine}" + string.Join(Environment.NewLine, errors) + more;
    }
}
