using DiplomacyGraph.Model;

namespace DiplomacyGraph.PostgreSql.Tests;

/// <summary>The words of a quote citation; empty for a record citation.</summary>
internal static class Quotes
{
    public static string Of(Citation citation) => citation is QuoteCitation q ? q.Quote : string.Empty;
}
