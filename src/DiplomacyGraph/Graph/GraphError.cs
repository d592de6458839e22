namespace DiplomacyGraph;

/// <summary>One problem found while loading or building a graph.</summary>
/// <param name="Message">What is wrong, in words a person understands.</param>
/// <param name="Location">Where, when the input was a file.</param>
/// <param name="Field">The field at fault (<c>to</c>, <c>citations[0].quote</c>), when one is.</param>
/// <param name="ElementId">The id of the entity, relation, source or type concerned, when known.</param>
public sealed record GraphError(string Message, TextLocation? Location = null, string? Field = null, string? ElementId = null)
{
    /// <summary><c>file:line:col: field: message</c>, omitting the parts that are not known.</summary>
    public override string ToString()
    {
        var where = Location is null ? string.Empty : Location + ": ";
        var what = Field is null ? string.Empty : Field + ": ";
        return where + what + Message;
    }
}
