using DiplomacyGraph.Model;

namespace DiplomacyGraph.PostgreSql.Schema;

/// <summary>The rows of the statements table: an entity's act and speech mode, for entities that are statements.</summary>
internal static class StatementColumns
{
    public static IEnumerable<(string EntityId, string Act, string Speech)> Rows(IEnumerable<Entity> entities) =>
        entities.Where(e => e.Statement is not null).Select(e => (e.Id, e.Statement!.Act.ToString(), e.Statement.Speech.ToString()));
}
