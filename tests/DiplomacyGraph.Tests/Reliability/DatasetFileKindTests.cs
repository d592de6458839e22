using DiplomacyGraph.Formats;
using DiplomacyGraph.Formats.GraphML;
using DiplomacyGraph.Formats.Json;
using DiplomacyGraph.Formats.Yaml;
using DiplomacyGraph.Tests.Cli;

namespace DiplomacyGraph.Tests.Reliability;

/// <summary>
/// The dataset file itself is checked like a source file: a FIFO (which blocks an open until a writer comes), a device
/// (read without end) or a folder, reached directly or through a symbolic link, is a located error at 1:1, found
/// without opening it; through every file loader, <see cref="DiplomaticGraph.Load(string[])"/> and <c>--graph</c>.
/// </summary>
public sealed class DatasetFileKindTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("dipgraph-datasetkind-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    public static TheoryData<string> FileLoaders() => new() { "yaml-file", "json-file", "graphml-file" };

    [SkippableTheory]
    [MemberData(nameof(FileLoaders))]
    public async Task A_fifo_as_the_dataset_file_is_refused_without_blocking(string loader)
    {
        var fifo = Path.Combine(folder, "pipe.yaml");
        Fifo.Make(fifo);

        // A hang guard only (opening a FIFO for reading blocks until a writer comes), not a timing assertion.
        var load = Task.Run(() => Loaders.LoadByContract(loader, fifo));
        Assert.Same(load, await Task.WhenAny(load, Task.Delay(TimeSpan.FromMinutes(1))));

        var error = Assert.Single((await load)!.Errors);
        Assert.Contains("is not a regular file (a pipe, device or socket)", error.Message, StringComparison.Ordinal);
        Assert.Equal((fifo, 1, 1), (error.Location!.File, error.Location.Line, error.Location.Column));
    }

    [SkippableTheory]
    [InlineData("pipe.json")]
    [InlineData("pipe.tab")]
    [InlineData("pipe.zip")]
    public async Task A_fifo_given_to_Load_or_to_the_cli_is_refused_without_blocking(string name)
    {
        var fifo = Path.Combine(folder, name);
        Fifo.Make(fifo);

        var load = Task.Run(() => Assert.Throws<GraphFormatException>(() => DiplomaticGraph.Load(fifo)));
        var cli = Task.Run(() => CliHarness.Run("--graph", fifo, "stats"));
        Assert.Same(load, await Task.WhenAny(load, Task.Delay(TimeSpan.FromMinutes(1))));
        Assert.Same(cli, await Task.WhenAny(cli, Task.Delay(TimeSpan.FromMinutes(1))));

        Assert.Contains("not a regular file", Assert.Single((await load).Errors).Message, StringComparison.Ordinal);
        var (code, _, error) = await cli;
        Assert.Equal(2, code);
        Assert.Contains("not a regular file", error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(FileLoaders))]
    public void A_device_through_a_symlink_is_refused_without_reading_it(string loader)
    {
        var link = Path.Combine(folder, "zero.graphml");
        File.CreateSymbolicLink(link, "/dev/zero");

        var error = Assert.Single(Assert.IsType<GraphFormatException>(Loaders.LoadByContract(loader, link)).Errors);

        Assert.Contains("is not a regular file", error.Message, StringComparison.Ordinal);
        Assert.Equal(link, error.Location!.File);
    }

    [Theory]
    [MemberData(nameof(FileLoaders))]
    public void A_folder_is_refused(string loader)
    {
        var sub = Directory.CreateDirectory(Path.Combine(folder, "data.yaml")).FullName;

        var error = Assert.Single(Assert.IsType<GraphFormatException>(Loaders.LoadByContract(loader, sub)).Errors);

        Assert.Contains("is a folder, not a file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_symlink_to_a_regular_dataset_file_still_loads()
    {
        var real = Path.Combine(folder, "real.yaml");
        File.WriteAllText(real, "entities:\n  - { id: a, kind: Person, name: A }\n");
        var link = Path.Combine(folder, "link.yaml");
        File.CreateSymbolicLink(link, real);

        Assert.Single(YamlGraphReader.Load(link).Entities);
        Assert.Single(JsonGraphReader.Parse("{\"entities\": [{\"id\": \"a\", \"kind\": \"Person\", \"name\": \"A\"}]}").Entities);
        Assert.NotNull(GraphMLGraphReader.Parse("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph><node id=\"a\"/></graph></graphml>"));
    }
}
