using DiplomacyGraph.Model;
using Xunit;

namespace DiplomacyGraph.Tests;

/// <summary>Test helpers for citations.</summary>
internal static class CitationText
{
    /// <summary>The words of a citation that must be a quote: fails the test when it is a record citation.</summary>
    public static string QuoteOf(this Citation citation) => Assert.IsType<QuoteCitation>(citation).Quote;
}
