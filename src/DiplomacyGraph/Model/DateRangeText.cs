namespace DiplomacyGraph.Model;

/// <summary>Reads and writes the text form of <see cref="DateRange"/>.</summary>
internal static class DateRangeText
{
    private const string Open = "..";
    private const string InferredMark = "(inferred)";
    private const string StatedMark = "(stated)";

    public static string Format(DateRange range)
    {
        var (start, end) = (range.Start, range.End);
        if (start is null && end is null)
        {
            return "unknown";
        }

        if (start is { Exclusive: false } s && end is { Exclusive: false } e && s == e)
        {
            return Bound(s);
        }

        if (start is { Exclusive: true } after && end is null)
        {
            return "after " + Bound(after);
        }

        if (start is null && end is { Exclusive: true } before)
        {
            return "before " + Bound(before);
        }

        return $"{End(start, "after ")}/{End(end, "before ")}";
    }

    public static bool TryParse(string? text, out DateRange range, out string? error)
    {
        range = default;
        var t = (text ?? string.Empty).Trim();
        if (t.Length == 0)
        {
            error = "A time is required: a date such as 2025-03-22, a range such as 2025-03/2025-05, 'after 2025-05-20' or 'unknown'.";
            return false;
        }

        if (t.Equals("unknown", StringComparison.OrdinalIgnoreCase))
        {
            error = null;
            return true;
        }

        DateBound? start;
        DateBound? end;
        var slash = t.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            if (!TryEnd(t[..slash], "after", t, out start, out error) || !TryEnd(t[(slash + 1)..], "before", t, out end, out error))
            {
                return false;
            }
        }
        else if (StripWord(t, "after", out var rest))
        {
            if (!TryBound(rest, t, out var b, out error))
            {
                return false;
            }

            (start, end) = (b with { Exclusive = true }, null);
        }
        else if (StripWord(t, "before", out rest))
        {
            if (!TryBound(rest, t, out var b, out error))
            {
                return false;
            }

            (start, end) = (null, b with { Exclusive = true });
        }
        else
        {
            if (!TryBound(t, t, out var b, out error))
            {
                return false;
            }

            (start, end) = (b, b);
        }

        try
        {
            range = new DateRange(start, end);
        }
        catch (ArgumentException e)
        {
            error = e.Message.StartsWith("No day", StringComparison.Ordinal) ? $"'{t}': {e.Message[..e.Message.IndexOf(" (Parameter", StringComparison.Ordinal)]}" : $"'{t}' ends before it starts.";
            return false;
        }

        error = null;
        return true;
    }

    private static string Bound(DateBound bound) =>
        bound.Basis == DateBasis.Inferred ? $"{bound.Date} {InferredMark}" : bound.Date.ToString();

    private static string End(DateBound? bound, string exclusiveWord) => bound switch
    {
        null => Open,
        { Exclusive: true } b => exclusiveWord + Bound(b),
        { } b => Bound(b),
    };

    private static bool TryEnd(string part, string exclusiveWord, string whole, out DateBound? bound, out string? error)
    {
        bound = null;
        var p = part.Trim();
        if (p == Open)
        {
            error = null;
            return true;
        }

        var exclusive = StripWord(p, exclusiveWord, out var rest);
        if (!TryBound(exclusive ? rest : p, whole, out var b, out error))
        {
            return false;
        }

        bound = b with { Exclusive = exclusive };
        return true;
    }

    private static bool TryBound(string part, string whole, out DateBound bound, out string? error)
    {
        bound = default;
        var p = part.Trim();
        var basis = DateBasis.Stated;
        if (p.EndsWith(InferredMark, StringComparison.OrdinalIgnoreCase))
        {
            basis = DateBasis.Inferred;
            p = p[..^InferredMark.Length].TrimEnd();
        }
        else if (p.EndsWith(StatedMark, StringComparison.OrdinalIgnoreCase))
        {
            p = p[..^StatedMark.Length].TrimEnd();
        }

        if (!FuzzyDate.TryParse(p, out var date, out var dateError))
        {
            error = whole == part ? dateError : $"In '{whole}': {dateError}";
            return false;
        }

        bound = new DateBound(date, basis);
        error = null;
        return true;
    }

    private static bool StripWord(string text, string word, out string rest)
    {
        if (text.Length > word.Length && text.StartsWith(word, StringComparison.OrdinalIgnoreCase) && char.IsWhiteSpace(text[word.Length]))
        {
            rest = text[word.Length..].Trim();
            return true;
        }

        rest = text;
        return false;
    }
}
