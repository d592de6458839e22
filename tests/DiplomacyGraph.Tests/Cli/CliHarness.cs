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
}
