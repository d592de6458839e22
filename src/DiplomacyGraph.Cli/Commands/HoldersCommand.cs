using System.CommandLine;
using DiplomacyGraph.Cli.Output;
using DiplomacyGraph.Queries;

namespace DiplomacyGraph.Cli.Commands;

/// <summary><c>dipgraph holders ORG ROLE --at D</c>: who held an office in a country or organization at a day.</summary>
internal static class HoldersCommand
{
    public static Command Create(GlobalOptions options)
    {
        var organization = new Argument<string>("organization") { Description = "The country or organization (id, name or alias)." };
        var role = new Argument<string>("role") { Description = "The office, such as spokesperson or 'Foreign Minister' (case and punctuation ignored)." };
        var at = new Option<string>("--at") { Description = "The day (yyyy-mm-dd).", Required = true };
        var command = new Command("holders", "Who possibly held an office at a day, with the quotes that say so.") { organization, role, at };
        command.SetAction(result => CliRun.Execute(result, options, run =>
        {
            var body = run.Graph.Resolve(result.GetValue(organization)!);
            var office = result.GetValue(role)!;
            var day = CliRun.Day(result.GetValue(at)!, "--at");
            var holders = run.Graph.OfficeHolders(body.Id, office, day);
            if (run.Json)
            {
                run.WriteJson(new HoldersOutput(EntityRow.Of(body), office, CliRun.Iso(day), [.. holders.Select(h => new HolderRow(EntityRow.Of(h.Holder), RelationRow.Of(h.Office, run.Graph)))]));
                return ExitCodes.Ok;
            }

            run.Out.WriteLine($"{office} of {body.Name} on {CliRun.Iso(day)}: {holders.Length} holder{(holders.Length == 1 ? string.Empty : "s")}");
            foreach (var holder in holders)
            {
                run.Out.WriteLine($"  {holder.Holder.Name} ({holder.Holder.Id})   {holder.Office.Role}   {holder.Office.Time}");
                TextRows.Quotes(run.Out, holder.Office.Citations, run.Graph);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    internal sealed record HolderRow(EntityRow Holder, RelationRow Office);

    internal sealed record HoldersOutput(EntityRow Organization, string Role, string At, IReadOnlyList<HolderRow> Holders);
}
