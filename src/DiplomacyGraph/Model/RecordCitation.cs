using System.Globalization;

namespace DiplomacyGraph.Model;

/// <summary>A citation of one record of coded event data (ICEWS, GDELT): the dataset and the record's id; there is no quote.</summary>
/// <param name="SourceId">The id of the <see cref="Source"/> that stands for the dataset (or the file of it) the record is in.</param>
/// <param name="Dataset">The dataset's name, such as <c>ICEWS</c> or <c>GDELT</c>.</param>
/// <param name="Record">The record's id in that dataset, such as <c>26870000</c>.</param>
public sealed record RecordCitation(string SourceId, string Dataset, string Record) : Citation(SourceId)
{
    // A record id that is a number written plainly (GDELT's GLOBALEVENTID) is kept as that number, written when read:
    // a million imported rows keep 8 bytes each instead of a string of their own. Any other id is kept as written.
    private readonly (string? Text, long Number) record = Pack(Record);

    /// <summary>
    /// A citation of a record whose id is a number written plainly (1 to 18 digits, no leading zero), given as that
    /// number: an import reading a million ids makes no string for them. The same citation as one given the id's digits.
    /// </summary>
    internal RecordCitation(string sourceId, string dataset, long number)
        : this(sourceId, dataset, (string)null!)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 999_999_999_999_999_999L);
        record = (null, number);
    }

    /// <summary>The record's id in that dataset, such as <c>26870000</c>.</summary>
    public string Record
    {
        get => record.Text ?? (record.Number < 0 ? null! : record.Number.ToString(CultureInfo.InvariantCulture));
        init => record = Pack(value);
    }

    /// <summary>Whether the record id is a number written plainly (1 to 18 digits, no leading zero): text every format can carry.</summary>
    internal bool IsNumber => record.Text is null && record.Number >= 0;

    private static (string? Text, long Number) Pack(string? record) => Number(record) is var number and >= 0 ? (null, number) : (record, -1);

    private static long Number(string? record) => record is null ? -1 : PlainNumber(record);

    /// <summary>
    /// The value of a record id written as 1 to 18 digits without a leading zero (or <c>0</c>), else −1: the ids kept as a number
    /// (GDELT's <c>GLOBALEVENTID</c>); any other id is kept as written. The event readers ask it of a field before making its text.
    /// </summary>
    internal static long PlainNumber(ReadOnlySpan<char> record)
    {
        if (record.Length is 0 or > 18 || (record[0] == '0' && record.Length > 1))
        {
            return -1;
        }

        var value = 0L;
        foreach (var c in record)
        {
            if (!char.IsAsciiDigit(c))
            {
                return -1;
            }

            value = (value * 10) + (c - '0');
        }

        return value;
    }
}
