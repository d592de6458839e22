using DiplomacyGraph.Queries;

namespace DiplomacyGraph.Tests.Queries;

/// <summary>A fragment typed loosely finds the article's exact words, with their line and column.</summary>
public sealed class QuoteFinderTests
{
    private const string Text = "Headline\n\n“Our friendship,” Dar said — twice.\nPakistan’s  minister\nsaid: Pakistan’s aims.";

    [Fact]
    public void Straight_quote_marks_hyphens_and_spacing_find_the_typographic_verbatim_span()
    {
        var match = Assert.Single(QuoteFinder.Find(Text, "friendship,\" Dar said - twice"));

        Assert.Equal(("friendship,” Dar said — twice", 3, 6), (match.Quote, match.Line, match.Column));
        Assert.Equal(Text.IndexOf("friendship", StringComparison.Ordinal), match.Offset);
        Assert.True(match.Differs);
    }

    [Fact]
    public void Every_match_is_listed_in_text_order_and_a_line_break_counts_as_a_space()
    {
        var matches = QuoteFinder.Find(Text, "pakistan's");

        Assert.Equal([(4, 1), (5, 7)], matches.Select(m => (m.Line, m.Column)));
        Assert.All(matches, m => Assert.Equal("Pakistan’s", m.Quote));
        Assert.Equal("minister\nsaid", Assert.Single(QuoteFinder.Find(Text, "minister said")).Quote);
    }

    [Fact]
    public void An_absent_or_blank_fragment_finds_nothing()
    {
        Assert.Empty(QuoteFinder.Find(Text, "Kabul"));
        Assert.Empty(QuoteFinder.Find(Text, "   "));
    }

    [Fact]
    public void An_exact_fragment_does_not_differ()
    {
        Assert.False(Assert.Single(QuoteFinder.Find(Text, "Dar said")).Differs);
    }
}
