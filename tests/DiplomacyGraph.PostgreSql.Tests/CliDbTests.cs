using DiplomacyGraph.Cli;

namespace DiplomacyGraph.PostgreSql.Tests;

/// <summary><c>dipgraph db …</c> against the in-memory commands: the same text and JSON, character for character.</summary>
public sealed class CliDbTests
{
    [DatabaseTheory]
    [InlineData("history", "Pakistan", "Afghanistan")]
    [InlineData("history", "Pakistan", "Afghanistan", "--direct")]
    [InlineData("history", "ishaq-dar", "amir-khan-muttaqi", "--direct")]
    [InlineData("history", "pakistan", "afghanistan", "--direct", "--from", "2025-03", "--to", "2025-04")]
    [InlineData("history", "pakistan", "afghanistan", "--from", "2025-03", "--to", "2025-04")]
    [InlineData("timeline", "Muhammad Sadiq", "--direct")]
    [InlineData("timeline", "pakistan", "--from", "2025")]
    [InlineData("timeline", "pakistan", "--direct", "--from", "2025")]
    public async Task A_db_command_prints_what_the_in_memory_command_prints(params string[] command)
    {
        await using var db = await TestDatabase.CreateAsync();
        Assert.Equal(0, Run(out _, out var pushError, "db", "push", "--db", db.ConnectionString));
        Assert.Equal(string.Empty, pushError);

        foreach (var json in new[] { false, true })
        {
            string[] flags = json ? ["--json"] : [];
            var memoryCode = Run(out var memory, out _, [.. flags, .. command]);
            var serverCode = Run(out var server, out var serverError, [.. flags, "db", .. command, "--db", db.ConnectionString]);
            Assert.Equal(0, memoryCode);
            Assert.Equal(memoryCode, serverCode);
            Assert.Equal(string.Empty, serverError);
            Assert.Equal(memory, server);
        }
    }

    [DatabaseTheory]
    [InlineData("history", "pakistan", "afghanistan", "--direct")]
    [InlineData("history", "ishaq-dar", "militants")]
    [InlineData("timeline", "ishaq-dar", "--direct")]
    [InlineData("timeline", "pakistan")]
    public async Task Statement_rows_print_the_same_from_the_store(params string[] command)
    {
        var file = Path.Combine(AppContext.BaseDirectory, "Fixtures", "who-said-what.yaml");
        await using var db = await TestDatabase.CreateAsync();
        Assert.Equal(0, Run(out _, out _, "--graph", file, "db", "push", "--db", db.ConnectionString));
        foreach (var json in new[] { false, true })
        {
            string[] flags = json ? ["--json"] : [];
            Assert.Equal(0, Run(out var memory, out _, [.. flags, "--graph", file, .. command]));
            Assert.Equal(0, Run(out var server, out var error, [.. flags, "db", .. command, "--db", db.ConnectionString]));
            Assert.Equal(string.Empty, error);
            Assert.Equal(memory, server);
            // A statement row: its kind in JSON; in text (labelled by statement and speakers since the timeline's relabelling) its speaker.
            Assert.Contains(json ? "\"kind\": \"Statement\"" : "(speaker)", memory, StringComparison.Ordinal);
        }
    }

    [DatabaseFact]
    public async Task Init_push_pull_replace_and_search_run_from_the_shell_and_take_the_environment_variable()
    {
        await using var db = await TestDatabase.CreateAsync(migrate: false);
        Environment.SetEnvironmentVariable("DIPGRAPH_DB", db.ConnectionString);
        try
        {
            Assert.Equal(0, Run(out var init, out _, "db", "init"));
            Assert.StartsWith($"applied migrations {string.Join(", ", Enumerable.Range(1, PostgresGraphStore.LatestSchemaVersion))}", init, StringComparison.Ordinal);
            Assert.Equal(0, Run(out var again, out _, "db", "init"));
            Assert.StartsWith($"schema is at version {PostgresGraphStore.LatestSchemaVersion}; nothing to apply", again, StringComparison.Ordinal);
            Assert.Equal(0, Run(out var pushed, out _, "db", "push"));
            Assert.Contains($"{TestData.SeedGraph.Relations.Length} relations", pushed, StringComparison.Ordinal);

            var file = Path.Combine(Path.GetTempPath(), $"pulled-{Guid.NewGuid():N}.json");
            try
            {
                Assert.Equal(0, Run(out _, out _, "db", "pull", "json", "--out", file));
                // The seeds' source texts are not beside the pulled file in the temporary folder, so its quotes go unchecked
                // here (the seeds' own tests check them); the pulled graph must still equal the pushed one.
                DiplomacyGraph.Tests.GraphAssert.Equivalent(TestData.SeedGraph, DiplomaticGraph.Load([file], new DiplomacyGraph.Formats.GraphReaderOptions { RequireSourceFiles = false }));
            }
            finally
            {
                File.Delete(file);
            }

            Assert.Equal(0, Run(out _, out _, "db", "replace", "--source", TestData.SeedGraph.Sources[0].Id));
            Assert.Equal(0, Run(out var hits, out _, "db", "search", "Kabul"));
            Assert.Contains("Kabul", hits, StringComparison.Ordinal);
            Assert.Equal(1, Run(out _, out _, "db", "search", "zzzyzzx"));
        }
        finally
        {
            Environment.SetEnvironmentVariable("DIPGRAPH_DB", null);
        }
    }

    [Theory]
    [InlineData("Host=127.0.0.1;Port=1;Username=u;Password=hunter2-secret", "could not reach the database server")]
    [InlineData("Hostt=127.0.0.1;Password=hunter2-secret", "'hostt' is not a keyword")]
    [InlineData("Host=127.0.0.1;Port=eighty;Password=hunter2-secret", "the value of 'port' is not accepted")]
    [InlineData("this is not a connection string hunter2-secret", "write it as Key=Value pairs")]
    public void A_bad_connection_string_is_one_clear_line_that_never_shows_the_password(string connection, string expected)
    {
        var code = Run(out var output, out var error, "db", "history", "pakistan", "afghanistan", "--db", connection);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.DoesNotContain("hunter2", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_database_the_db_commands_say_how_to_give_one()
    {
        Environment.SetEnvironmentVariable("DIPGRAPH_DB", null);
        Assert.Equal(2, Run(out _, out var error, "db", "timeline", "pakistan"));
        Assert.Contains("--db CONNECTION or set DIPGRAPH_DB", error, StringComparison.Ordinal);
    }

    private static int Run(out string output, out string error, params string[] args)
    {
        using var o = new StringWriter();
        using var e = new StringWriter();
        var code = CliApp.Run(args, o, e);
        (output, error) = (o.ToString(), e.ToString());
        return code;
    }
}
