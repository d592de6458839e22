using DiplomacyGraph;
using DiplomacyGraph.Queries;

// Prints the history between two entities, one row per citation: time, type, party, other party, quote, source title.
// Usage: DiplomacyGraph.Consumer "<entity>" "<other entity>"   (names, aliases or ids)
var graph = Seeds.Load();
var a = graph.Resolve(args.Length > 0 ? args[0] : "Pakistan");
var b = graph.Resolve(args.Length > 1 ? args[1] : "Afghanistan");
Console.WriteLine($"{a.Name} and {b.Name}: {graph.Entities.Length} entities, {graph.Relations.Length} relations in the embedded seeds");
foreach (var row in graph.History(a.Id, b.Id))
{
    foreach (var citation in row.Citations)
    {
        Console.WriteLine(string.Join('\t', row.Time, row.Type, row.Party.Name, row.OtherParty.Name, citation.Quote, citation.SourceTitle));
    }
}
