using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace DiplomacyGraph.Cli.Options;

/// <summary>
/// Checks option values where they are parsed, so a bad value is a one-line parse error (exit 2) before any
/// command runs: whole numbers within a range (no exception for <c>abc</c> or <c>99999999999</c>), enum names
/// only (no <c>--avoid-kind 7</c>), non-empty paths and yyyy-mm-dd days.
/// </summary>
internal static class OptionRules
{
    /// <summary>Every value of <paramref name="option"/> is a whole number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public static TOption InRange<TOption>(this TOption option, long min, long max)
        where TOption : Option
    {
        option.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (!long.TryParse(token.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
                {
                    result.AddError($"{option.Name}: '{DisplayText.Escape(token.Value)}' is not a whole number from {min.ToString("N0", CultureInfo.InvariantCulture)} to {max.ToString("N0", CultureInfo.InvariantCulture)}.");
                    return;
                }
            }
        });
        return option;
    }

    /// <summary>Every value of <paramref name="option"/> is the name of a <typeparamref name="TEnum"/> (any case), never a number.</summary>
    public static Option<TEnum[]> NamesOnly<TEnum>(this Option<TEnum[]> option)
        where TEnum : struct, Enum
    {
        option.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (!Enum.GetNames<TEnum>().Contains(token.Value, StringComparer.OrdinalIgnoreCase))
                {
                    result.AddError($"{option.Name}: '{DisplayText.Escape(token.Value)}' is not one of {string.Join(", ", Enum.GetNames<TEnum>())}.");
                    return;
                }
            }
        });
        return option;
    }

    /// <summary>No value of <paramref name="option"/> is an empty path.</summary>
    public static TOption NoEmptyPath<TOption>(this TOption option)
        where TOption : Option
    {
        option.Validators.Add(result =>
        {
            if (result.Tokens.Any(t => string.IsNullOrWhiteSpace(t.Value)))
            {
                result.AddError($"{option.Name}: a file path must not be empty.");
            }
        });
        return option;
    }

    /// <summary>No value of <paramref name="argument"/> is an empty path.</summary>
    public static Argument<string[]> NoEmptyPath(this Argument<string[]> argument)
    {
        argument.Validators.Add(result =>
        {
            if (result.Tokens.Any(t => string.IsNullOrWhiteSpace(t.Value)))
            {
                result.AddError($"{argument.Name}: a file path must not be empty.");
            }
        });
        return argument;
    }

    /// <summary>The value of <paramref name="option"/> is a day written yyyy-mm-dd.</summary>
    public static Option<string?> Day(this Option<string?> option)
    {
        option.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                try
                {
                    Invocation.Day(token.Value, option.Name);
                }
                catch (FormatException e)
                {
                    result.AddError(DisplayText.Escape(e.Message));
                    return;
                }
            }
        });
        return option;
    }

    /// <summary>
    /// Refuses <c>--as-of</c> and <c>--known-as-of</c> on a command that does not query a loaded graph (they would be ignored).
    /// </summary>
    public static void RefusesSlices(this Command command, GlobalOptions options, string why)
    {
        command.Validators.Add(result =>
        {
            foreach (var slice in new[] { options.AsOf, options.KnownAsOf })
            {
                if (result.GetResult(slice) is { Implicit: false })
                {
                    result.AddError($"{slice.Name} does not apply to {command.Name}: {why}");
                }
            }
        });
    }
}
