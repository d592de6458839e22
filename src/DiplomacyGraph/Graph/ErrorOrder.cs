namespace DiplomacyGraph;

/// <summary>
/// The order a load's problems are reported in: file order, except that within one element the structural problems come
/// first: what it refers to (<c>from</c>, <c>to</c>, <c>type</c>, <c>kind</c>, a citation's <c>source</c>). An unknown id is
/// the thing to fix first; a missing field of the same element may only follow from it.
/// </summary>
internal static class ErrorOrder
{
    /// <summary>The problems in reporting order; problems without a place go last, in the order they were found.</summary>
    public static List<GraphError> Sort(IEnumerable<GraphError> errors)
    {
        var found = errors.Select((error, index) => (Error: error, Index: index)).ToList();
        // Where each element's first problem is: its problems are reported together from there.
        var starts = new Dictionary<(string File, string Id), FilePosition>();
        foreach (var (error, _) in found)
        {
            if (error.Location is { } at && error.ElementId is { Length: > 0 } id)
            {
                var key = (at.File, id);
                if (!starts.TryGetValue(key, out var first) || Before(at, first))
                {
                    starts[key] = at;
                }
            }
        }

        FilePosition? Anchor(GraphError e) =>
            e.Location is { } at && e.ElementId is { Length: > 0 } id ? starts[(at.File, id)] : e.Location;

        return [.. found
            .OrderBy(e => e.Error.Location is null ? 1 : 0)
            .ThenBy(e => e.Error.Location?.File, StringComparer.Ordinal)
            .ThenBy(e => Anchor(e.Error)?.Line)
            .ThenBy(e => Anchor(e.Error)?.Column)
            .ThenBy(e => e.Error.ElementId is { Length: > 0 } && IsStructural(e.Error.Field) ? 0 : 1)
            .ThenBy(e => e.Error.Location?.Line)
            .ThenBy(e => e.Error.Location?.Column)
            .ThenBy(e => e.Index)
            .Select(e => e.Error)];
    }

    private static bool IsStructural(string? field) =>
        field is "from" or "to" or "type" or "kind" || (field?.EndsWith(".source", StringComparison.Ordinal) ?? false);

    private static bool Before(FilePosition a, FilePosition b) => a.Line < b.Line || (a.Line == b.Line && a.Column < b.Column);
}
