namespace DiplomacyGraph;

/// <summary>
/// The one exception every loader and <see cref="GraphBuilder.Build"/> throw for bad input. It lists
/// every problem found, each with file, line, column and field where known. When it is thrown,
/// no graph was produced: nothing is half-loaded.
/// </summary>
public sealed class GraphFormatException : Exception
{
    /// <summary>Creates the exception from the problems found (at least one).</summary>
    internal GraphFormatException(IReadOnlyList<GraphError> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    /// <summary>Creates the exception from a single problem.</summary>
    public GraphFormatException(GraphError error, Exception? inner = null)
        : base(Describe([error]), inner)
    {
        Errors = [error];
    }

    /// <summary>Every problem found, in input order.</summary>
    public IReadOnlyList<GraphError> Errors { get; }

    private static string Describe(IReadOnlyList<GraphError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0)
        {
            throw new ArgumentException("At least one error is required.", nameof(errors));
        }

        return errors.Count == 1
            ? errors[0].ToString()
            : $"{errors.Count} problems:{Environment.NewLine}" + string.Join(Environment.NewLine, errors);
    }
}
