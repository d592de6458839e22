using DiplomacyGraph.PostgreSql;

namespace DiplomacyGraph.Cli.Commands.Db;

/// <summary>The one-line summary (or JSON) of what a store holds after a write.</summary>
internal static class DbCounts
{
    public static int Write(Invocation run, string what, StoreCounts counts)
    {
        if (run.Json)
        {
            run.WriteJson(new CountsOutput(counts.Entities, counts.Relations, counts.Sources));
        }
        else
        {
            run.Out.WriteLine($"{what}: the store holds {counts.Entities} entities, {counts.Relations} relations, {counts.Sources} sources");
        }

        return ExitCodes.Ok;
    }

    internal sealed record CountsOutput(long Entities, long Relations, long Sources);
}
