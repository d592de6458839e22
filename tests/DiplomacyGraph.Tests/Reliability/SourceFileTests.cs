using DiplomacyGraph.Formats;
using DiplomacyGraph.Formats.Yaml;

namespace DiplomacyGraph.Tests.Reliability;

/// <summary>
/// Source files named by <c>file:</c> are untrusted too: a symbolic link out of the dataset's folder, a FIFO,
/// a device or a folder is a located error on that <c>file</c> field, found without opening (or blocking on) it;
/// the source texts of a load share one byte budget; and no message shows what a source file holds.
/// </summary>
public sealed class SourceFileTests : IDisposable
{
    private const string Quote = "Foreign Minister Ishaq Dar";
    private readonly string folder = Directory.CreateTempSubdirectory("dipgraph-sources-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_symlink_to_a_file_outside_the_folder_is_refused_and_its_text_never_shown()
    {
        var outside = Directory.CreateTempSubdirectory("dipgraph-secret-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(outside, "secret.txt"), "root:x:0:0:SECRET-TOKEN");
            Directory.CreateDirectory(Path.Combine(folder, "sources"));
            File.CreateSymbolicLink(Path.Combine(folder, "sources", "article.txt"), Path.Combine(outside, "secret.txt"));

            var error = FileError("sources/article.txt", quote: "root:x:0:0:SECRET-GUESS");

            Assert.Contains("outside the dataset's folder", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("TOKEN", error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Fact]
    public void A_folder_symlink_to_the_root_is_refused()
    {
        Directory.CreateSymbolicLink(Path.Combine(folder, "root"), "/");

        Assert.Contains("outside the dataset's folder", FileError("root/etc/passwd").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relative_symlink_climbing_out_is_refused_but_one_staying_inside_is_followed()
    {
        Directory.CreateDirectory(Path.Combine(folder, "sources"));
        File.WriteAllText(Path.Combine(folder, "article.txt"), Quote);
        File.CreateSymbolicLink(Path.Combine(folder, "sources", "inside.txt"), "../article.txt");
        File.CreateSymbolicLink(Path.Combine(folder, "sources", "out.txt"), "../../../../../../../../etc/hostname");

        Assert.NotNull(Load("sources/inside.txt"));
        Assert.Contains("outside the dataset's folder", FileError("sources/out.txt").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_device_reached_through_a_symlink_is_refused_without_reading_it()
    {
        File.CreateSymbolicLink(Path.Combine(folder, "zero.txt"), "/dev/zero");

        Assert.Contains("outside the dataset's folder", FileError("zero.txt").Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_fifo_is_refused_without_blocking()
    {
        var fifo = Path.Combine(folder, "pipe.txt");
        Fifo.Make(fifo);

        // A hang guard only (a FIFO opened for reading blocks until a writer comes), not a timing assertion.
        var load = Task.Run(() => FileError("pipe.txt"));
        Assert.Same(load, await Task.WhenAny(load, Task.Delay(TimeSpan.FromMinutes(1))));

        Assert.Contains("not a regular file", (await load).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_is_refused()
    {
        Directory.CreateDirectory(Path.Combine(folder, "sources"));

        Assert.Contains("is a folder", FileError("sources").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_an_error_on_the_file_field_unless_allowed()
    {
        Assert.Contains("does not exist", FileError("sources/none.txt").Message, StringComparison.Ordinal);
        Assert.NotNull(Load("sources/none.txt", new GraphReaderOptions { RequireSourceFiles = false }));
    }

    [Fact]
    public void All_source_texts_of_a_load_share_one_byte_budget_and_each_real_path_counts_once()
    {
        var text = Quote + new string(' ', 600);
        File.WriteAllText(Path.Combine(folder, "a.txt"), text);
        File.WriteAllText(Path.Combine(folder, "b.txt"), text);
        File.CreateSymbolicLink(Path.Combine(folder, "a-again.txt"), "a.txt");
        var small = new GraphReaderOptions { MaxDocumentSize = 1000 };

        // Three names for one file of 626 bytes: read once, so within a budget of 1,000 bytes.
        Assert.NotNull(Load(["a.txt", "a.txt", "a-again.txt"], small));

        // Two different files of 626 bytes each go over the budget of 1,000 bytes shared by the load.
        var errors = LoadFails(["a.txt", "b.txt"], small).Errors;
        var error = Assert.Single(errors, e => e.Field == "file");
        Assert.Contains("takes the source texts of this load over 1,000 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_mismatch_shows_only_what_the_quote_holds()
    {
        File.WriteAllText(Path.Combine(folder, "a.txt"), "The password is hunter2.");

        var error = Assert.Single(LoadFails(["a.txt"], null, quote: "The password is xyz").Errors);

        Assert.Equal("citations[0].quote", error.Field);
        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
    }

    private GraphError FileError(string file, string quote = Quote)
    {
        var error = Assert.Single(LoadFails([file], null, quote).Errors, e => e.Field == "file");
        Assert.Equal(Dataset, error.Location!.File);
        Assert.True(error.Location.Line > 0);
        return error;
    }

    private string Dataset => Path.Combine(folder, "dataset.yaml");

    private DiplomaticGraph Load(string file, GraphReaderOptions? options = null) => Load([file], options);

    private DiplomaticGraph Load(string[] files, GraphReaderOptions? options)
    {
        Write(files, Quote);
        return YamlGraphReader.Load(Dataset, options ?? GraphReaderOptions.Default);
    }

    private GraphFormatException LoadFails(string[] files, GraphReaderOptions? options, string quote = Quote)
    {
        Write(files, quote);
        return Assert.IsType<GraphFormatException>(Loaders.LoadByContract("yaml-file", Dataset, options));
    }

    private void Write(string[] files, string quote)
    {
        var sources = string.Join("\n", files.Select((f, i) => $"  - {{ id: s{i}, title: S, file: '{f}' }}"));
        var citations = string.Join(", ", files.Select((_, i) => $"{{ source: s{i}, quote: '{quote}' }}"));
        File.WriteAllText(Dataset, $"sources:\n{sources}\nentities:\n  - {{ id: dar, kind: Person, name: Ishaq Dar, citations: [{citations}] }}\n");
    }
}
