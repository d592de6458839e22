using DiplomacyGraph;
using DiplomacyGraph.Queries;

// Prints an entity's relations in time order, one per line: time, type, the other side, quote, source title.
// Usage: DiplomacyGraph.Consumer "<entity name, alias or id>"
var graph = Seeds.Load();
var entity = graph.Resolve(args.Length > 0 ? args[0] : "Muhammad Sadiq");
Console.WriteLine($"{entity.Name}: {graph.Entities.Length} entities, {graph.Relations.Length} relations in the embedded seeds");
foreach (var relation in graph.RelationsOf(entity.Id))
{
    foreach (var citation in relation.Citations)
    {
        Console.WriteLine(string.Join('\t', relation.Time, relation.Type, relation.From, relation.To, citation.Quote, graph.GetSource(citation.SourceId).Title));
    }
}
