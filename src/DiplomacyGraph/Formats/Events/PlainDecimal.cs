namespace DiplomacyGraph.Formats.Events;

/// <summary>
/// Reads a decimal written plainly — an optional sign, digits, and optionally a point and more digits, at most 15 digits in
/// all (GDELT's Goldstein scores, tones and coordinates: <c>-3.4</c>, <c>2.83687943262411</c>) — to the same double
/// <see cref="double.Parse(string, IFormatProvider)"/> gives, without its general machinery. The digits make an integer
/// below 2^53 and the point a power of ten up to 10^15, both exact as doubles, and one IEEE division of them rounds
/// correctly, as the general parse does. Anything else (an exponent, more digits, no digit) is left to it.
/// </summary>
internal static class PlainDecimal
{
    private const int MaxDigits = 15;

    private static readonly double[] PowersOfTen = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

    /// <summary>The value of <paramref name="text"/> when it is a decimal written plainly; false for anything else.</summary>
    public static bool TryRead(ReadOnlySpan<char> text, out double value)
    {
        value = 0;
        var i = 0;
        var negative = false;
        if (text.Length > 0 && text[0] is '-' or '+')
        {
            negative = text[0] == '-';
            i = 1;
        }

        long digits = 0;
        var count = 0;
        var fraction = -1;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                if (++count > MaxDigits)
                {
                    return false;
                }

                digits = (digits * 10) + (c - '0');
                if (fraction >= 0)
                {
                    fraction++;
                }
            }
            else if (c == '.' && fraction < 0)
            {
                fraction = 0;
            }
            else
            {
                return false;
            }
        }

        if (count == 0)
        {
            return false;
        }

        var magnitude = fraction > 0 ? digits / PowersOfTen[fraction] : digits;
        value = negative ? -magnitude : magnitude;
        return true;
    }
}
