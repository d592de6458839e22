using DiplomacyGraph.Queries;
using DiplomacyGraph.Text;

namespace DiplomacyGraph.Cli.Output;

/// <summary>History and timeline rows, printed through the library's one text renderer (<see cref="QueryReports"/>).</summary>
internal static class EntryPrinter
{
    /// <summary>Prints history or timeline rows under a title (or, with --json, the output record) and returns exit code 0.</summary>
    public static int WriteEntries(Invocation run, string title, IReadOnlyList<HistoryEntry> rows, Func<object> json) =>
        WriteEntries(run, run.Graph, title, rows, json);

    /// <summary>Prints rows computed on <paramref name="graph"/> (a store's server-side answer) the same way.</summary>
    public static int WriteEntries(Invocation run, DiplomaticGraph graph, string title, IReadOnlyList<HistoryEntry> rows, Func<object> json)
    {
        if (run.Json)
        {
            run.WriteJson(json());
            return ExitCodes.Ok;
        }

        var report = QueryReports.Entries(title, rows, graph);
        if (rows.Count == 0 && run.SliceNote is { } note)
        {
            report.Note(note);
        }

        return run.Write(report, graph);
    }
}
