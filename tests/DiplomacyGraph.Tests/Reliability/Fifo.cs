using System.Diagnostics;
using DiplomacyGraph.Tests.Interop;

namespace DiplomacyGraph.Tests.Reliability;

/// <summary>Named pipes for the checks that a FIFO never blocks a load; a test using one is a <c>[SkippableFact]</c>.</summary>
internal static class Fifo
{
    /// <summary>Makes a FIFO at <paramref name="path"/>; without mkfifo the test is skipped (and fails under CI=true).</summary>
    public static void Make(string path)
    {
        try
        {
            using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
            mkfifo.WaitForExit();
            if (mkfifo.ExitCode == 0)
            {
                return;
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
        }

        throw PeerTools.Missing("mkfifo (Debian package coreutils)");
    }
}
