using DiplomacyGraph.Cli;

namespace DiplomacyGraph.Tests.Cli;

/// <summary>Runs <c>dipgraph</c> in-process and captures what it prints.</summary>
internal static class CliHarness
{
    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>Text output with its wrapping undone (each line break and the indent after it become one space), for phrase checks.</summary>
    public static string Flat(string text) => System.Text.RegularExpressions.Regex.Replace(text, @" *\r?\n *", " ");
}
