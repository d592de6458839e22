using System.Collections.Immutable;
using DiplomacyGraph.Model;

namespace DiplomacyGraph;

/// <summary>
/// The text rule: every text field holds only characters every format can carry. XML 1.0 (GraphML, GEXF)
/// cannot hold control characters other than tab, line feed and carriage return, U+FFFE/U+FFFF or unpaired
/// surrogates, even escaped; a graph holding one would load from YAML or JSON and then fail to export
/// (found by the round-trip property test). DEL and the C1 controls (U+0080–U+009F, NEL among them) are refused
/// too: terminals act on them (U+009B starts an escape sequence). No article text needs them.
/// </summary>
internal sealed partial class GraphValidator
{
    /// <summary>Reports <paramref name="value"/> when it holds a character XML cannot carry.</summary>
    private void CheckText<T>(Positioned<T> located, string? id, string field, string? value)
    {
        if (value is not null && FirstUnwritable(value) is { } at)
        {
            AddUnwritable(located, id, field, value, at);
        }
    }

    /// <summary>Checks each citation's quote, naming the field (<c>{field}[i].quote</c>) only when reporting an error.</summary>
    private void CheckCitationTexts<T>(Positioned<T> located, ImmutableArray<Citation> citations, string field, string id)
    {
        for (var i = 0; i < citations.Length; i++)
        {
            switch (citations[i])
            {
                case QuoteCitation { Quote: { } quote } when FirstUnwritable(quote) is { } at:
                    AddUnwritable(located, id, $"{field}[{i}].quote", quote, at);
                    break;
                case RecordCitation record:
                    CheckText(located, id, $"{field}[{i}].dataset", record.Dataset);
                    CheckText(located, id, $"{field}[{i}].record", record.Record);
                    break;
            }
        }
    }

    private void AddUnwritable<T>(Positioned<T> located, string? id, string field, string value, int at) =>
        errors.Add(located.Error(
            value[at] is >= '\u007F' and <= '\u009F'
                ? $"'{field}' holds U+{(int)value[at]:X4} at character {at + 1}, a control character (DEL or C1) that terminals act on and no text needs; remove it."
                : $"'{field}' holds U+{(int)value[at]:X4} at character {at + 1}, which XML (GraphML, GEXF) cannot carry; remove it.",
            field,
            id));

    private static int? FirstUnwritable(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if ((c < ' ' && c is not ('\t' or '\n' or '\r')) || c is >= '\u007F' and <= '\u009F' || c is '\uFFFE' or '\uFFFF' || char.IsSurrogate(c))
            {
                return i;
            }
        }

        return null;
    }
}
