using System.CommandLine;
using System.CommandLine.Parsing;

namespace DiplomacyGraph.Cli.Options;

/// <summary>
/// Options whose values come from a fixed list (an enum, or the output formats): case-insensitive, and an unknown value is
/// an error naming the option, the value and every valid one — never an internal type name.
/// </summary>
internal static class Choices
{
    /// <summary>An option taking one value of <typeparamref name="T"/>, written in any case.</summary>
    public static Option<T?> One<T>(string name, string description)
        where T : struct, Enum =>
        new(name)
        {
            Description = $"{description} One of: {List<T>()}.",
            CustomParser = result => result.Tokens.Count == 0 ? null : Parse<T>(result, name, result.Tokens[0].Value),
        };

    /// <summary>An option taking several values of <typeparamref name="T"/>, written in any case.</summary>
    public static Option<T[]> Many<T>(string name, string description)
        where T : struct, Enum =>
        new(name)
        {
            Description = $"{description} Any of: {List<T>()}.",
            AllowMultipleArgumentsPerToken = true,
            CustomParser = result => [.. result.Tokens.Select(t => Parse<T>(result, name, t.Value) ?? default)],
        };

    /// <summary>The valid values of <typeparamref name="T"/>, comma-separated, as written in output and docs.</summary>
    public static string List<T>()
        where T : struct, Enum => string.Join(", ", Enum.GetNames<T>());

    /// <summary>The message for a value that is not one of <paramref name="valid"/>.</summary>
    public static string Unknown(string option, string value, IEnumerable<string> valid) =>
        $"{option}: '{value}' is not a valid value; valid values: {string.Join(", ", valid)}.";

    private static T? Parse<T>(ArgumentResult result, string name, string text)
        where T : struct, Enum
    {
        if (Enum.TryParse<T>(text.Trim(), ignoreCase: true, out var value) && Enum.IsDefined(value) && !int.TryParse(text, out _))
        {
            return value;
        }

        result.AddError(Unknown(name, text, Enum.GetNames<T>()));
        return null;
    }
}
