using DiplomacyGraph.Model;

namespace DiplomacyGraph.Text;

/// <summary>How text and HTML output (<c>Text/</c>, <c>Notebooks/</c>) show an inference mark: <c> [inferred: why]</c> after what is inferred; nothing when stated.</summary>
internal static class InferenceMarks
{
    /// <summary>The mark as plain text, with a leading space; empty for a stated element (a remark on it is shown too).</summary>
    public static string Suffix(Basis basis, string? note) => Words(basis, note) is { Length: > 0 } words ? $" [{words}]" : string.Empty;

    /// <summary><c>inferred: why</c>, <c>note: remark</c>, or empty.</summary>
    public static string Words(Basis basis, string? note) => (basis, note) switch
    {
        (Basis.Inferred, { } why) => $"inferred: {why}",
        (Basis.Inferred, null) => "inferred",
        (_, { } remark) => $"note: {remark}",
        _ => string.Empty,
    };
}
