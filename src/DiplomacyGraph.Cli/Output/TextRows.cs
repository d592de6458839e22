using DiplomacyGraph.Queries;
using DiplomacyGraph.Text;

namespace DiplomacyGraph.Cli.Output;

/// <summary>History and timeline rows, printed through the library's one text renderer (<see cref="QueryReports"/>).</summary>
internal static class TextRows
{
    /// <summary>Prints history or timeline rows under a title (or, with --json, the output record) and returns exit code 0.</summary>
    public static int WriteEntries(CliRun run, string title, IReadOnlyList<HistoryEntry> rows, Func<object> json)
    {
        if (run.Json)
        {
            run.WriteJson(json());
            return ExitCodes.Ok;
        }

        var report = QueryReports.Entries(title, rows, run.Graph);
        if (rows.Count == 0 && run.SliceNote is { } note)
        {
            report.Note(note);
        }

        return run.Write(report);
    }
}
