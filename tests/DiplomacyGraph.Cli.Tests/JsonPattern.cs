using System.Globalization;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace DiplomacyGraph.Tests.Cli;

/// <summary>
/// Compares a command's JSON output with a hand-written expected file (Expected/*.json; the notation is in
/// Expected/README.md). A literal value must be equal; an object must have exactly the expected properties (a key
/// ending in <c>?</c> may be absent, as the CLI leaves out nulls); a placeholder such as <c>"&lt;string&gt;"</c>,
/// <c>"&lt;day&gt;"</c>, <c>"&lt;Stated|Alleged&gt;"</c> or <c>"&lt;EntityRow&gt;"</c> (a row of Expected/rows.json) matches
/// any value of that kind; <c>["&lt;each&gt;", P]</c> is a non-empty array whose every element matches P, and
/// <c>["&lt;any&gt;", P]</c> the same, possibly empty; <c>{"*": P}</c> is an object whose every value matches P.
/// </summary>
internal sealed partial class JsonPattern(JObject rows)
{
    private const string Optional = "?";

    /// <summary>The mismatches of <paramref name="actual"/> against <paramref name="expected"/>, one line each, with its JSON path.</summary>
    public List<string> Mismatches(JToken expected, JToken actual)
    {
        var problems = new List<string>();
        Match(expected, actual, "$", problems);
        return problems;
    }

    private void Match(JToken expected, JToken actual, string path, List<string> problems)
    {
        switch (expected)
        {
            case JValue { Type: JTokenType.String } value when Placeholder().Match((string)value!) is { Success: true } placeholder:
                MatchPlaceholder(placeholder.Groups[1].Value, actual, path, problems);
                break;
            case JArray array when array.Count == 2 && array[0] is JValue { Type: JTokenType.String } marker && (string?)marker is "<each>" or "<any>":
                if (actual is not JArray items)
                {
                    problems.Add($"{path}: expected an array, got {Describe(actual)}");
                    break;
                }

                if ((string?)marker == "<each>" && items.Count == 0)
                {
                    problems.Add($"{path}: expected a non-empty array, got []");
                }

                for (var i = 0; i < items.Count; i++)
                {
                    Match(array[1], items[i], $"{path}[{i}]", problems);
                }

                break;
            case JArray array:
                if (actual is not JArray list || list.Count != array.Count)
                {
                    problems.Add($"{path}: expected an array of {array.Count}, got {Describe(actual)}");
                    break;
                }

                for (var i = 0; i < array.Count; i++)
                {
                    Match(array[i], list[i], $"{path}[{i}]", problems);
                }

                break;
            case JObject map when map.Count == 1 && map.Property("*") is { } any:
                if (actual is not JObject values)
                {
                    problems.Add($"{path}: expected an object, got {Describe(actual)}");
                    break;
                }

                foreach (var property in values.Properties())
                {
                    Match(any.Value, property.Value, $"{path}.{property.Name}", problems);
                }

                break;
            case JObject shape:
                MatchObject(shape, actual, path, problems);
                break;
            default:
                if (!JToken.DeepEquals(expected, actual))
                {
                    problems.Add($"{path}: expected {expected.ToString(Newtonsoft.Json.Formatting.None)}, got {Describe(actual)}");
                }

                break;
        }
    }

    private void MatchObject(JObject shape, JToken actual, string path, List<string> problems)
    {
        if (actual is not JObject obj)
        {
            problems.Add($"{path}: expected an object, got {Describe(actual)}");
            return;
        }

        var expectedNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in shape.Properties())
        {
            var optional = property.Name.EndsWith(Optional, StringComparison.Ordinal);
            var name = optional ? property.Name[..^1] : property.Name;
            expectedNames.Add(name);
            if (obj.Property(name) is { } found)
            {
                Match(property.Value, found.Value, $"{path}.{name}", problems);
            }
            else if (!optional)
            {
                problems.Add($"{path}.{name}: missing");
            }
        }

        problems.AddRange(obj.Properties().Where(p => !expectedNames.Contains(p.Name)).Select(p => $"{path}.{p.Name}: not expected (an undocumented property?)"));
    }

    private void MatchPlaceholder(string kind, JToken actual, string path, List<string> problems)
    {
        var ok = kind switch
        {
            "string" => actual.Type == JTokenType.String,
            "number" => actual.Type is JTokenType.Integer or JTokenType.Float,
            "integer" => actual.Type == JTokenType.Integer,
            "boolean" => actual.Type == JTokenType.Boolean,
            "day" => actual.Type == JTokenType.String && DateOnly.TryParseExact((string)actual!, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            _ when kind.Contains('|', StringComparison.Ordinal) => actual.Type == JTokenType.String && kind.Split('|').Contains((string)actual!, StringComparer.Ordinal),
            _ => MatchRow(kind, actual, path, problems),
        };
        if (!ok)
        {
            problems.Add($"{path}: expected <{kind}>, got {Describe(actual)}");
        }
    }

    /// <summary>A named row of rows.json; its own mismatches are reported under <paramref name="path"/>.</summary>
    private bool MatchRow(string name, JToken actual, string path, List<string> problems)
    {
        var row = rows.Property(name)?.Value ?? throw new InvalidOperationException($"Expected/rows.json has no row <{name}> (used at {path}).");
        Match(row, actual, path, problems);
        return true;
    }

    private static string Describe(JToken actual)
    {
        var text = actual.ToString(Newtonsoft.Json.Formatting.None);
        return text.Length > 120 ? text[..120] + "…" : text;
    }

    [GeneratedRegex(@"^<([A-Za-z|\-]+)>$")]
    private static partial Regex Placeholder();
}
