using DiplomacyGraph.Model;

namespace DiplomacyGraph.Formats.Document;

/// <summary>
/// Makes equal values read from a dataset one object: entity ids named by thousands of relations, relation types,
/// roles, and citations repeated across relations. A parser gives every occurrence its own string; kept apart,
/// they would multiply a large graph's resident size.
/// </summary>
internal sealed class ValueInterner
{
    private readonly Dictionary<string, string> texts = new(StringComparer.Ordinal);
    private readonly Dictionary<Citation, Citation> citations = [];

    /// <summary>The first text equal to <paramref name="text"/> seen in this load.</summary>
    public string Text(string text)
    {
        if (texts.TryGetValue(text, out var shared))
        {
            return shared;
        }

        texts.Add(text, text);
        return text;
    }

    /// <summary>The text, shared; <see langword="null"/> stays <see langword="null"/>.</summary>
    public string? Optional(string? text) => text is null ? null : Text(text);

    /// <summary>The first citation equal to this one (same source, same quote) seen in this load.</summary>
    public Citation Citation(string source, string quote)
    {
        var citation = new QuoteCitation(Text(source), quote);
        if (citations.TryGetValue(citation, out var shared))
        {
            return shared;
        }

        citation = citation with { Quote = Text(quote) };
        citations.Add(citation, citation);
        return citation;
    }

    /// <summary>The first record citation equal to this one (same source, dataset and record) seen in this load.</summary>
    public Citation Record(string source, string dataset, string record)
    {
        var citation = new RecordCitation(Text(source), Text(dataset), record);
        if (citations.TryGetValue(citation, out var shared))
        {
            return shared;
        }

        citations.Add(citation, citation);
        return citation;
    }
}
