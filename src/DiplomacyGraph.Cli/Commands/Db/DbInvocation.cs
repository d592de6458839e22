using System.CommandLine;
using DiplomacyGraph.PostgreSql;

namespace DiplomacyGraph.Cli.Commands.Db;

/// <summary>Runs a <c>db</c> command body with an open store; a store failure is one line on standard error and exit code 2.</summary>
internal static class DbInvocation
{
    public static int Execute(ParseResult result, GlobalOptions options, DbOptions db, Func<Invocation, PostgresGraphStore, Task<int>> body) =>
        Invocation.Execute(result, options, run =>
        {
            try
            {
                return Run(run, db.Get(result), body).GetAwaiter().GetResult();
            }
            catch (StoreException e)
            {
                run.Error.WriteLine(e.Message);
                return ExitCodes.InvalidInput;
            }
            catch (KeyNotFoundException e)
            {
                run.Error.WriteLine(e.Message);
                return ExitCodes.NotFound;
            }
        });

    private static async Task<int> Run(Invocation run, string connection, Func<Invocation, PostgresGraphStore, Task<int>> body)
    {
        await using var store = PostgresGraphStore.Open(connection);
        return await body(run, store).ConfigureAwait(false);
    }
}
