using System.Diagnostics;
using System.Globalization;
using DiplomacyGraph.Formats;

namespace DiplomacyGraph.Cli.Output;

/// <summary>
/// One status line on standard error for long work (<c>reading graph.json: 120.4 MB of 310.0 MB (38%), 52.1 MB/s</c>),
/// redrawn at most ten times a second, shown only after the first second and only when standard error is a terminal;
/// cleared when the work is done. Hand-written: a single carriage-return line needs no console library (ShellProgressBar
/// draws multi-line bars on standard output and needs the tick count up front; Spectre.Console owns the whole console).
/// </summary>
internal sealed class TerminalProgress : IProgress<GraphProgress>, IDisposable
{
    private readonly TextWriter error;
    private readonly string task;
    private readonly string unit;
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private TimeSpan drawn = TimeSpan.FromSeconds(1);
    private bool shown;

    private TerminalProgress(TextWriter error, string task, string unit) => (this.error, this.task, this.unit) = (error, task, unit);

    /// <summary>A progress line for <paramref name="task"/>, or null when <paramref name="error"/> is not the terminal's standard error.</summary>
    /// <remarks>The line draws with its own control sequences, so it writes past an <see cref="EscapingWriter"/> to the terminal itself.</remarks>
    public static TerminalProgress? For(TextWriter error, string task, string unit = "B") =>
        (error is EscapingWriter escaping ? escaping.Inner : error) is var terminal && ReferenceEquals(terminal, Console.Error) && !Console.IsErrorRedirected
            ? new TerminalProgress(terminal, task, unit)
            : null;

    public void Report(GraphProgress value)
    {
        var now = clock.Elapsed;
        if (now < drawn)
        {
            return;
        }

        drawn = now + TimeSpan.FromMilliseconds(100);
        var rate = value.Done / Math.Max(now.TotalSeconds, 0.001);
        var of = value.Total is { } total && total > 0
            ? $" of {Size(total)} ({value.Done * 100 / total}%)"
            : string.Empty;
        error.Write($"\r\u001b[K{task}: {Size(value.Done)}{of}, {Size((long)rate)}/s");
        shown = true;
    }

    public void Dispose()
    {
        if (shown)
        {
            error.Write("\r\u001b[K");
        }
    }

    private string Size(long count) => unit == "B"
        ? count switch
        {
            >= 1L << 30 => string.Create(CultureInfo.InvariantCulture, $"{count / (double)(1L << 30):F1} GB"),
            >= 1L << 20 => string.Create(CultureInfo.InvariantCulture, $"{count / (double)(1L << 20):F1} MB"),
            >= 1L << 10 => string.Create(CultureInfo.InvariantCulture, $"{count / 1024.0:F1} kB"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{count} B"),
        }
        : string.Create(CultureInfo.InvariantCulture, $"{count:N0} {unit}");
}
