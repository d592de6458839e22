using System.Globalization;
using DiplomacyGraph.Formats.Events;

namespace DiplomacyGraph.Tests.Formats.Events;

/// <summary>
/// The event readers' short way to a decimal gives the very double the general parse gives (bit for bit, the sign of zero
/// included), and leaves to the general parse whatever it cannot read exactly.
/// </summary>
public class PlainDecimalTests
{
    [Theory]
    [InlineData("-3.4")]
    [InlineData("2.83687943262411")]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("-0.0")]
    [InlineData("+7")]
    [InlineData("5.")]
    [InlineData(".5")]
    [InlineData("33.7")]
    [InlineData("-10")]
    [InlineData("0.1")]
    [InlineData("999999999999999")]
    [InlineData("0.00000000000001")]
    [InlineData("73.0667")]
    public void A_plain_decimal_is_the_double_the_general_parse_gives(string text)
    {
        Assert.True(PlainDecimal.TryRead(text, out var value));
        Assert.Equal(BitConverter.DoubleToInt64Bits(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture)), BitConverter.DoubleToInt64Bits(value));
    }

    [Fact]
    public void Random_decimals_of_up_to_fifteen_digits_read_as_the_general_parse_reads_them()
    {
        var random = new Random(17);
        for (var n = 0; n < 200_000; n++)
        {
            var digits = random.Next(1, 16);
            var point = random.Next(-1, digits + 1);
            var chars = new List<char>();
            if (random.Next(3) == 0)
            {
                chars.Add(random.Next(2) == 0 ? '-' : '+');
            }

            for (var i = 0; i < digits; i++)
            {
                if (i == point)
                {
                    chars.Add('.');
                }

                chars.Add((char)('0' + random.Next(10)));
            }

            var text = new string([.. chars]);
            Assert.True(PlainDecimal.TryRead(text, out var value), text);
            var expected = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
            Assert.True(BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(value), $"{text}: {value:R} instead of {expected:R}");
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("1e5")]
    [InlineData("1.2.3")]
    [InlineData("12a")]
    [InlineData("--1")]
    [InlineData(" 1")]
    [InlineData("1234567890123456")]
    [InlineData("0.000000000000001")]
    [InlineData("NaN")]
    [InlineData("1,5")]
    public void Anything_else_is_left_to_the_general_parse(string text) => Assert.False(PlainDecimal.TryRead(text, out _));
}
