namespace DiplomacyGraph.Fuzz;

/// <summary>
/// One target per loader. Each writes the input to a file and loads it through the public API (<see cref="DiplomaticGraph.Load(string[])"/>, the format registry picks the reader by extension), so the
/// whole path runs: size limit, strict UTF-8, parser, dataset mapping, validation, quote checks against
/// the articles in the workspace. <see cref="GraphFormatException"/> is the loaders' contract and is
/// caught; anything else escapes and afl-fuzz records it as a crash.
/// </summary>
internal static class FuzzTargets
{
    public static readonly IReadOnlyDictionary<string, Action<FuzzWorkspace, byte[]>> All = new Dictionary<string, Action<FuzzWorkspace, byte[]>>
    {
        ["yaml"] = (workspace, input) => Contract(() => DiplomaticGraph.Load(workspace.Write("input.yaml", input))),
        ["json"] = (workspace, input) => Contract(() => DiplomaticGraph.Load(workspace.Write("input.json", input))),
        ["graphml"] = (workspace, input) => Contract(() => DiplomaticGraph.Load(workspace.Write("input.graphml", input))),
    };

    private static void Contract(Func<DiplomaticGraph> load)
    {
        try
        {
            load();
        }
        catch (GraphFormatException e) when (e.Errors.Count > 0)
        {
            // The contract: a located, readable format error. Nothing else may escape.
        }
    }
}
