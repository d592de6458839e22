namespace DiplomacyGraph;

/// <summary>An element handed to the builder, with where it was written.</summary>
internal readonly record struct Positioned<T>(T Value, ElementPositions? At)
{
    public GraphError Error(string message, string? field = null, string? id = null) =>
        new(message, field is null ? At?.Element : At?.Of(field), field, id);
}
