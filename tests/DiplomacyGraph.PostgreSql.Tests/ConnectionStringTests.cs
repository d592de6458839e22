namespace DiplomacyGraph.PostgreSql.Tests;

/// <summary>Bad connection strings and unreachable servers: a clear one-line <see cref="StoreException"/>, never the password.</summary>
public sealed class ConnectionStringTests
{
    private const string Secret = "s3cr3t-Pa55word";

    [Theory]
    [InlineData("Host=127.0.0.1;Colour=blue;Password=" + Secret, "'colour' is not a keyword")]
    [InlineData("Host=127.0.0.1;Port=-4;Password=" + Secret, "the value of 'port' is not accepted")]
    [InlineData("Password=" + Secret, "it names no Host")]
    [InlineData("", "is empty")]
    [InlineData("Host=127.0.0.1;Password=\"" + Secret, "Key=Value pairs")]
    public void A_bad_connection_string_is_refused_before_connecting(string connection, string expected)
    {
        var error = Assert.Throws<StoreException>(() => PostgresGraphStore.Open(connection));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_that_is_not_there_is_a_one_line_error_and_nothing_else()
    {
        await using var store = PostgresGraphStore.Open($"Host=127.0.0.1;Port=1;Username=nobody;Password={Secret};Timeout=5");
        var error = await Assert.ThrowsAsync<StoreException>(() => store.PushAsync(TestData.SeedGraph));
        Assert.Equal("Pushing the graph failed: could not reach the database server (ConnectionRefused).", error.Message);
        Assert.DoesNotContain(Secret, error.ToString(), StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task A_database_that_does_not_exist_is_named_by_the_server_error()
    {
        var connection = TestServer.For("no_such_database_here");
        await using var store = PostgresGraphStore.Open(connection);
        var error = await Assert.ThrowsAsync<StoreException>(() => store.LoadAsync());
        Assert.Equal("3D000", error.SqlState);
        Assert.Contains("no_such_database_here", error.Message, StringComparison.Ordinal);
    }
}
