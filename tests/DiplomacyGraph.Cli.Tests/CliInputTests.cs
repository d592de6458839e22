namespace DiplomacyGraph.Tests.Cli;

/// <summary>
/// Every command-line input, however wrong, ends in a one-line message and exit code 2 (never an unhandled
/// exception), and options are checked where they are parsed, so none is silently ignored or accepted.
/// </summary>
public sealed class CliInputTests
{
    public static TheoryData<string[], string> BadInputs() => new()
    {
        { ["export", "json", "--out", "/no/such/folder/x.json"], "does not exist" },
        { ["export", "json", "--out", "/tmp"], "is a folder" },
        { ["export", "json", "--out", ""], "must not be empty" },
        { ["export", "json", "--out", "/dev/full"], "not a regular file" },
        { ["export", "json", "--out", "/proc/dipgraph-read-only.json"], "The previous file, if any, is unchanged." },
        { ["--graph", "", "stats"], "must not be empty" },
        { ["validate", ""], "must not be empty" },
        { ["path", "pakistan", "afghanistan", "--k", "0"], "--k: '0' is not a whole number from 1" },
        { ["path", "pakistan", "afghanistan", "--all", "--max-hops", "0"], "--max-hops: '0' is not a whole number from 1" },
        { ["path", "pakistan", "afghanistan", "--all", "--max-hops", "9"], "--all searches at most 8 hops" },
        { ["path", "pakistan", "afghanistan", "--max-hops", "-1"], "--max-hops: '-1' is not a whole number" },
        { ["path", "pakistan", "afghanistan", "--avoid-kind", "7"], "--avoid-kind: '7' is not a valid value" },
        { ["validate", "x.yaml", "--max-errors", "abc"], "--max-errors: 'abc' is not a whole number" },
        { ["validate", "x.yaml", "--max-errors", "99999999999"], "--max-errors: '99999999999' is not a whole number" },
        { ["generate", "--entities", "100", "--relations", "99999999999", "--out", "/tmp/g.json"], "--relations: '99999999999' is not a whole number from 0 to 10,000,000" },
        { ["generate", "--entities", "100000000", "--relations", "10", "--out", "/tmp/g.json"], "--entities: '100000000' is not a whole number from 20 to 1,000,000" },
        { ["--as-of", "2025-01-01", "validate", "x.yaml"], "--as-of does not apply to validate" },
        { ["--known-as-of", "2025-01-01", "generate", "--entities", "100", "--relations", "10", "--out", "/tmp/g.json"], "--known-as-of does not apply to generate" },
        { ["--as-of", "2025-13-01", "stats"], "--as-of: '2025-13-01' is not a day" },
        { ["show", "pakistan\u001b[2J"], "\\u001B[2J" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void A_bad_input_is_one_line_and_exit_2(string[] args, string message)
    {
        var (code, _, error) = CliHarness.Run(args);

        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith("Run 'dipgraph --help'", StringComparison.Ordinal)).ToList();
        Assert.True(code is 1 or 2, $"exit {code}: {error}");
        Assert.Contains(message, Assert.Single(lines), StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', error);
    }
}
