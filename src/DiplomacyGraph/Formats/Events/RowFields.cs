using System.Globalization;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Formats.Events;

/// <summary>Reads typed values from the current row of <see cref="TabRows"/>, each failure a <see cref="RowError"/> at its column.</summary>
internal sealed class RowFields(TabRows rows, string file, IReadOnlyList<string> names)
{
    /// <summary>The first problem of the row, if any; later reads of the same row do not overwrite it.</summary>
    public RowError? Problem { get; private set; }

    public void Reset() => Problem = null;

    public FilePosition At(int index) => new(file, rows.Line, index < rows.Count ? rows.Column(index) : 1);

    public void Fail(int index, string reason, string message) =>
        Problem ??= new RowError(reason, new GraphError(message, At(index), names[index]));

    /// <summary>The text, or <see langword="null"/> for empty or <c>NA</c>.</summary>
    public string? Text(int index) => rows.Text(index);

    /// <summary>The text of a field whose values repeat (<see cref="TabRows.Shared"/>), or <see langword="null"/> for empty or <c>NA</c>.</summary>
    public string? Shared(int index) => rows.Shared(index);

    /// <summary>Whether the field is empty or <c>NA</c>.</summary>
    public bool IsAbsent(int index) => rows.IsAbsent(index);

    /// <summary>Fields <paramref name="from"/> to <paramref name="to"/> as one span, for a key.</summary>
    public ReadOnlySpan<char> Span(int from, int to) => rows.Fields(from, to);

    /// <summary>A required text.</summary>
    public string Required(int index, string reason)
    {
        if (rows.Text(index) is { } text)
        {
            return text;
        }

        Fail(index, reason, $"'{names[index]}' is empty; every row needs one.");
        return string.Empty;
    }

    /// <summary>A day written in <paramref name="format"/> (yyyy-MM-dd, yyyyMMdd); a missing or malformed one is a problem.</summary>
    public DateOnly Day(int index, string format)
    {
        var field = rows[index].Trim();
        if (FastDay(field, format) is { } fast)
        {
            return fast;
        }

        if (DateOnly.TryParseExact(field, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        Fail(index, "malformed date", $"'{names[index]}' is '{new string(field)}', not a day written {format}.");
        return default;
    }

    // yyyyMMdd and yyyy-MM-dd read digit by digit (what TryParseExact would give); anything else is left to it.
    private static DateOnly? FastDay(ReadOnlySpan<char> field, string format)
    {
        int year, month, day;
        if (format == "yyyyMMdd" && field.Length == 8)
        {
            (year, month, day) = (Digits(field[..4]), Digits(field[4..6]), Digits(field[6..]));
        }
        else if (format == IsoDay.Pattern && field.Length == 10 && field[4] == '-' && field[7] == '-')
        {
            (year, month, day) = (Digits(field[..4]), Digits(field[5..7]), Digits(field[8..]));
        }
        else
        {
            return null;
        }

        return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    private static int Digits(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return -1;
            }

            value = (value * 10) + (c - '0');
        }

        return value;
    }

    /// <summary>A CAMEO event code (two to four digits under a root 01 … 20), and its act.</summary>
    public (string Code, StatementAct Act) Cameo(int index)
    {
        var code = rows.Shared(index);
        if (code is not null && StatementActs.TryFromCameo(code, out var act))
        {
            return (code, act);
        }

        Fail(index, "malformed CAMEO code", $"'{names[index]}' is '{code ?? string.Empty}', not a CAMEO event code (two to four digits under a root 01 to 20).");
        return (string.Empty, StatementAct.Comment);
    }

    /// <summary>A decimal number, or <see langword="null"/> when absent.</summary>
    public double? Number(int index)
    {
        var field = rows[index].Trim();
        if (field.Length == 0 || field is "NA")
        {
            return null;
        }

        if (PlainDecimal.TryRead(field, out var plain))
        {
            return plain;
        }

        if (double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        Fail(index, "malformed number", $"'{names[index]}' is '{new string(field)}', not a number.");
        return null;
    }

    /// <summary>A whole number, 0 when absent.</summary>
    public long Count(int index)
    {
        var field = rows[index].Trim();
        if (field.Length == 0 || field is "NA")
        {
            return 0;
        }

        if (long.TryParse(field, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Fail(index, "malformed count", $"'{names[index]}' is '{new string(field)}', not a whole number.");
        return 0;
    }

    /// <summary>A number kept as its text (a coordinate, an intensity), checked to be one.</summary>
    public string? NumberText(int index)
    {
        var text = rows.Shared(index);
        if (text is not null && Number(index) is null)
        {
            return null;
        }

        return text;
    }

    /// <summary>
    /// The value of an id written as a number plainly (1 to 18 digits, no leading zero: what <see cref="RecordCitation"/>
    /// keeps as a number), or −1 for anything else, which <see cref="Digits(int)"/> reads (and reports when it is no id).
    /// </summary>
    public long PlainNumber(int index) => RecordCitation.PlainNumber(rows[index].Trim());

    /// <summary>An id of digits.</summary>
    public string Digits(int index)
    {
        var field = rows[index].Trim();
        if (field.Length > 0 && field is not "NA" && !field.ContainsAnyExceptInRange('0', '9'))
        {
            return new string(field);
        }

        var text = rows.Text(index);
        if (text is not null && text.All(char.IsAsciiDigit))
        {
            return text; // Digits once C1 control characters are repaired or dropped.
        }

        Fail(index, "malformed record id", $"'{names[index]}' is '{text ?? string.Empty}', not a number id.");
        return string.Empty;
    }
}
