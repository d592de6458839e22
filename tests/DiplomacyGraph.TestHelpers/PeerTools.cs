using System.Diagnostics;

namespace DiplomacyGraph.Tests.Interop;

/// <summary>
/// Finds and runs the peer programs (xmllint, NetworkX, igraph). When one is absent the test is reported as skipped
/// (<see cref="Missing"/>; the test is a <c>[SkippableFact]</c>), unless the environment variable CI is <c>true</c> (set by
/// .ci/run, which installs them): then the absence is a failure, so CI can never pass by skipping.
/// </summary>
internal static class PeerTools
{
    private static readonly Lazy<string?> XmllintPath = new(() => Works("xmllint", "--version") ? "xmllint" : null);
    private static readonly Dictionary<string, Lazy<string?>> Pythons = new(StringComparer.Ordinal)
    {
        ["networkx"] = new(() => PythonWith("networkx")),
        ["igraph"] = new(() => PythonWith("igraph")),
    };

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The xmllint command; the test is skipped when it is absent outside CI.</summary>
    public static string Xmllint() => XmllintPath.Value ?? throw Missing("xmllint (Debian package libxml2-utils)");

    /// <summary>A python3 that can import the module; the test is skipped when there is none outside CI.</summary>
    public static string Python(string module) =>
        Pythons[module].Value ?? throw Missing($"python3 with {module} (Debian package python3-{module})");

    /// <summary>
    /// What a test does when a tool or facility it needs is absent: under CI=true it fails (.ci/run installs and
    /// provides everything); elsewhere the returned exception, thrown, reports the test as skipped with the reason.
    /// </summary>
    /// <param name="what">The tool, with the Debian package that provides it.</param>
    /// <param name="why">Why it is missing, when more is known than its absence.</param>
    public static SkipException Missing(string what, string? why = null)
    {
        var reason = why is null ? $"{what} was not found" : $"{what} is not available: {why}";
        Assert.False(InCi, $"{reason}; it is required when CI=true (.ci/run installs it).");
        return new SkipException($"{reason}, so this check did not run. .ci/run installs it.");
    }

    /// <summary>Runs a program to completion and returns its exit code and output.</summary>
    public static (int Code, string Out, string Err) Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        // A bound so that a hung peer cannot hang the suite; it is not a timing assertion.
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish within 5 minutes.");
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>The Debian packages install into the system python; a python3 earlier on PATH (pyenv, venv) may lack them.</summary>
    private static string? PythonWith(string module) =>
        new[] { "python3", "/usr/bin/python3" }.FirstOrDefault(python => Works(python, "-c", $"import {module}"));

    private static bool Works(string program, params string[] arguments)
    {
        try
        {
            return Run(program, arguments).Code == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
