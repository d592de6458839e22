using System.Runtime.InteropServices;
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
    private readonly Dictionary<(string Source, string Quote), Citation> quotes = [];
    private readonly Dictionary<(string Source, string Dataset, string Record), Citation> records = [];

    /// <summary>The first text equal to <paramref name="text"/> seen in this load.</summary>
    public string Text(string text)
    {
        ref var shared = ref CollectionsMarshal.GetValueRefOrAddDefault(texts, text, out var exists);
        if (!exists)
        {
            shared = text;
        }

        return shared!;
    }

    /// <summary>The text, shared; <see langword="null"/> stays <see langword="null"/>.</summary>
    public string? Optional(string? text) => text is null ? null : Text(text);

    /// <summary>The first citation equal to this one (same source, same quote) seen in this load; looked up without making one.</summary>
    public Citation Citation(string source, string quote)
    {
        ref var shared = ref CollectionsMarshal.GetValueRefOrAddDefault(quotes, (source, quote), out var exists);
        if (!exists)
        {
            shared = new QuoteCitation(Text(source), Text(quote));
        }

        return shared!;
    }

    /// <summary>The first record citation equal to this one (same source, dataset and record) seen in this load.</summary>
    public Citation Record(string source, string dataset, string record)
    {
        ref var shared = ref CollectionsMarshal.GetValueRefOrAddDefault(records, (source, dataset, record), out var exists);
        if (!exists)
        {
            shared = new RecordCitation(Text(source), Text(dataset), record);
        }

        return shared!;
    }

    /// <summary>Forgets every value: the load has read everything and shares nothing more.</summary>
    public void Clear()
    {
        texts.Clear();
        texts.TrimExcess();
        quotes.Clear();
        quotes.TrimExcess();
        records.Clear();
        records.TrimExcess();
    }
}
