using DiplomacyGraph.Formats;
using DiplomacyGraph.Formats.GraphML;
using DiplomacyGraph.Formats.Json;
using DiplomacyGraph.Formats.Yaml;

namespace DiplomacyGraph.Tests.Reliability;

/// <summary>Every public way to load a graph from a file or its text, by name, so contract tests can feed each input to all of them.</summary>
internal static class Loaders
{
    public static readonly IReadOnlyDictionary<string, Func<string, GraphReaderOptions, DiplomaticGraph>> All =
        new Dictionary<string, Func<string, GraphReaderOptions, DiplomaticGraph>>
        {
            ["yaml-file"] = (path, options) => YamlGraphReader.Load(path, options),
            ["yaml-text"] = (path, options) => YamlGraphReader.Parse(File.ReadAllText(path), path, options: options),
            ["json-file"] = (path, options) => JsonGraphReader.Load(path, options),
            ["json-text"] = (path, options) => JsonGraphReader.Parse(File.ReadAllText(path), path, options: options),
            ["graphml-file"] = (path, options) => GraphMLGraphReader.Load(path, options),
            ["graphml-text"] = (path, options) => GraphMLGraphReader.Parse(File.ReadAllText(path), path, options: options),
        };

    /// <summary>The file loader meant for a file, by its extension, or null when the format has none here.</summary>
    public static string? Own(string path) => Path.GetExtension(path) switch
    {
        ".json" => "json-file",
        ".yaml" => "yaml-file",
        ".graphml" => "graphml-file",
        _ => null,
    };

    /// <summary>
    /// Loads and checks the error contract: the result is a graph, or a <see cref="GraphFormatException"/> whose
    /// every error has a location and a readable message. Any other exception fails the test, naming the input.
    /// </summary>
    public static GraphFormatException? LoadByContract(string loader, string path, GraphReaderOptions? options = null)
    {
        try
        {
            Assert.NotNull(All[loader](path, options ?? GraphReaderOptions.Default));
            return null;
        }
        catch (GraphFormatException e)
        {
            Assert.NotEmpty(e.Errors);
            foreach (var error in e.Errors)
            {
                Assert.True(error.Location is { Line: >= 1, Column: >= 1 } && error.Location.File.Length > 0, $"{loader} {path}: error without a location: {error}");
                Assert.True(error.Message.Length is > 10 and < 2000, $"{loader} {path}: unreadable message: {error.Message}");
                Assert.DoesNotContain('\uFFFD', error.Message);
            }

            return e;
        }
        catch (Exception e)
        {
            Assert.Fail($"{loader} on {Path.GetFileName(path)} let {e.GetType().Name} escape instead of GraphFormatException: {e}");
            throw;
        }
    }
}
