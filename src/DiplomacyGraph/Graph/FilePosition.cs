namespace DiplomacyGraph;

/// <summary>A place in a text file: file name, 1-based line and column.</summary>
/// <param name="File">The file name as given to the loader.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column.</param>
public sealed record FilePosition(string File, int Line, int Column)
{
    /// <summary><c>file:line:column</c>, the form compilers and editors jump to.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}";
}
