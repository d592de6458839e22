using DiplomacyGraph.Model;

namespace DiplomacyGraph.Notebooks;

/// <summary>How the notebook views show an inference mark: <c> [inferred: why]</c> after what is inferred; nothing when stated.</summary>
internal static class Marks
{
    /// <summary>The mark as plain text, with a leading space; empty for a stated element (a remark on it is shown too).</summary>
    public static string Suffix(Basis basis, string? note) => (basis, note) switch
    {
        (Basis.Inferred, { } why) => $" [inferred: {why}]",
        (Basis.Inferred, null) => " [inferred]",
        (_, { } remark) => $" [note: {remark}]",
        _ => string.Empty,
    };

    /// <summary>The mark as escaped HTML, set off in italics; empty for a stated element without a note.</summary>
    public static string Html(Basis basis, string? note) =>
        Suffix(basis, note) is { Length: > 0 } text ? $" <em class=\"dg-mark\">{Notebooks.Html.Escape(text.Trim())}</em>" : string.Empty;
}
