using System.Collections.Immutable;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>
/// A statement's speakers, occasion and subjects, computed from its <c>said</c>, <c>said-at</c> and <c>about</c> relations
/// (index lookups on the statement; no scan).
/// </summary>
/// <example><code>
/// var facts = graph.StatementFacts("dar-warns-on-ttp-2025-04-19");
/// Console.WriteLine($"{string.Join(", ", facts.Speakers)} ({facts.Details.Act}) at {facts.Occasion?.Name}");
/// </code></example>
public static class StatementQueries
{
    /// <summary>Who made the statement: the start of each <c>said</c> relation to it.</summary>
    /// <exception cref="KeyNotFoundException">The id names no entity.</exception>
    public static ImmutableArray<StatementSpeaker> Speakers(this DiplomaticGraph graph, string statementId)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var statement = graph.GetEntity(statementId);
        return
        [
            .. graph.RelationsOf(statement.Id)
                .Where(r => r.Is(BuiltInRelationTypes.Said) && r.To == statement.Id)
                .Select(r => new StatementSpeaker(graph.GetEntity(r.From), r.Role, r)),
        ];
    }

    /// <summary>The meeting the statement was made at (the end of its first <c>said-at</c> relation), or <see langword="null"/>.</summary>
    /// <exception cref="KeyNotFoundException">The id names no entity.</exception>
    public static Entity? Occasion(this DiplomaticGraph graph, string statementId)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return OccasionOf(graph, graph.GetEntity(statementId).Id);
    }

    /// <summary>The end of the statement's first <c>said-at</c> relation, or <see langword="null"/> (the statement is in the graph).</summary>
    internal static Entity? OccasionOf(DiplomaticGraph graph, string statementId)
    {
        foreach (var relation in graph.RelationsOf(statementId))
        {
            if (relation.Is(BuiltInRelationTypes.SaidAt) && relation.From == statementId)
            {
                return graph.GetEntity(relation.To);
            }
        }

        return null;
    }

    /// <summary>What the statement is about: the end of each <c>about</c> relation from it.</summary>
    /// <exception cref="KeyNotFoundException">The id names no entity.</exception>
    public static ImmutableArray<Entity> Subjects(this DiplomaticGraph graph, string statementId)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var statement = graph.GetEntity(statementId);
        return
        [
            .. graph.RelationsOf(statement.Id)
                .Where(r => r.Is(BuiltInRelationTypes.About) && r.From == statement.Id)
                .Select(r => graph.GetEntity(r.To)),
        ];
    }

    /// <summary>The statement with its speakers, occasion, subjects and words.</summary>
    /// <exception cref="KeyNotFoundException">The id names no entity.</exception>
    /// <exception cref="ArgumentException">The entity is not a statement.</exception>
    public static StatementFacts StatementFacts(this DiplomaticGraph graph, string statementId)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var statement = graph.GetEntity(statementId);
        if (statement.Statement is not { } details)
        {
            throw new ArgumentException($"'{statement.Id}' is a {statement.Kind}, not a statement.", nameof(statementId));
        }

        return new StatementFacts(
            statement, details, graph.Speakers(statement.Id), graph.Occasion(statement.Id), graph.Subjects(statement.Id),
            ResolvedCitation.EachOnce(statement.Citations, graph));
    }

    /// <summary>The act as the dataset writes it: <c>request</c>, <c>agree</c>.</summary>
    public static string ActText(StatementAct act) => act.ToString().ToLowerInvariant();

    /// <summary><c>quoted</c> or <c>reported</c>.</summary>
    public static string SpeechText(SpeechMode speech) => speech.ToString().ToLowerInvariant();
}
