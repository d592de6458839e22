using System.CommandLine;
using DiplomacyGraph.Cli.Options;
using DiplomacyGraph.Cli.Output;
using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;
using DiplomacyGraph.Text;

namespace DiplomacyGraph.Cli.Commands;

/// <summary><c>dipgraph holders ORG ROLE [--at D]</c>: who held an office in a country or organization during a day, month or year.</summary>
internal static class HoldersCommand
{
    public static Command Create(GlobalOptions options)
    {
        var organization = new Argument<string>("organization") { Description = "The country or organization (id, name or alias)." };
        var role = new Argument<string>("role")
        {
            Description = "The office: 'Foreign Minister' (also finds the acting one), 'FM', 'Deputy PM', spokesperson (case, punctuation and acting/interim ignored).",
        };
        var at = new Option<string?>("--at") { Description = "A day, month or year (2025-04-19, 2025-04, 2025): who possibly held the office during it; any time when omitted." };
        var command = new Command("holders", "Who possibly held an office during a day, month or year, with the quotes that say so.") { organization, role, at };
        command.SetAction(result => Invocation.Execute(result, options, run =>
        {
            var body = run.Graph.Resolve(result.GetValue(organization)!);
            var office = result.GetValue(role)!;
            var whenText = result.GetValue(at);
            var when = whenText is null ? DateRange.Unknown : Window(whenText);
            var holders = run.Graph.OfficeHolders(body, office, when);
            var offices = run.Graph.OfficeNames(body.Id);
            if (holders.IsEmpty && !offices.Any(o => OfficeName.AreSame(o, office)))
            {
                throw new FormatException($"role '{office}': {body.Name} has no such office in the data; its offices: {(offices.IsEmpty ? "none" : string.Join(", ", offices))}.");
            }

            var whenWords = whenText is null ? "at any time" : $"during {whenText}";
            if (run.Json)
            {
                run.WriteJson(new HoldersOutput(
                    EntityRow.Of(body), office, OfficeName.Normalize(office), whenText,
                    [.. holders.Select(h => new HolderRow(EntityRow.Of(h.Holder), h.Certainly ? "certainly" : "possibly", RelationRow.Of(h.Office, run.Graph)))]));
                return ExitCodes.Ok;
            }

            var report = new Report($"{office} of {body.Name} {whenWords}: {holders.Length} holder{(holders.Length == 1 ? string.Empty : "s")}");
            foreach (var holder in holders)
            {
                var time = holder.Office.Time.IsUnknown ? "time unknown" : holder.Office.Time.ToString();
                report.Add(
                    $"{holder.Holder.Name} — {holder.Office.Role}, {time}: {(holder.Certainly ? "certainly" : "possibly")}",
                    ResolvedCitation.AllOf(holder.Office.Citations, run.Graph),
                    0,
                    ("holder", holder.Holder.Name),
                    ("role", holder.Office.Role),
                    ("time", holder.Office.Time.ToString()),
                    ("certainty", holder.Certainly ? "certainly" : "possibly"));
            }

            return run.Write(report);
        }));
        return command;
    }

    /// <summary>A day, month or year as the time it covers.</summary>
    private static DateRange Window(string text) =>
        FuzzyDate.TryParse(text, out var date, out var error) ? DateRange.On(date) : throw new FormatException($"--at: '{text}' is not a date ({error}); write 2025, 2025-04 or 2025-04-19.");

    internal sealed record HolderRow(EntityRow Holder, string Certainty, RelationRow Office);

    internal sealed record HoldersOutput(EntityRow Organization, string Role, string Office, string? At, IReadOnlyList<HolderRow> Holders);
}
