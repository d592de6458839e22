namespace DiplomacyGraph.PostgreSql.Reading;

/// <summary>The column types a load query returns, for reading it from a binary COPY.</summary>
internal enum ColumnType
{
    Text,
    Int,
    Bool,
    TextArray,
}
