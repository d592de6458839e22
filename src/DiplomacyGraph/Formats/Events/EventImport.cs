using DiplomacyGraph.Formats.Document;

namespace DiplomacyGraph.Formats.Events;

/// <summary>
/// Imports coded event data (ICEWS, GDELT) as a graph, alone or layered on another graph whose entities the actors are
/// matched to by name and alias (docs/event-data.md). Rows stream; a bad row is an error at file:line:column naming its
/// column, and the whole import fails unless <see cref="EventImportOptions.SkipBadRows"/> says to skip and count it.
/// </summary>
/// <example><code>
/// EventImportResult result = EventImport.Load(EventDataset.Icews, ["events.2018.tab"], new EventImportOptions { Countries = ["Pakistan"] });
/// Console.WriteLine(result.Report);
/// </code></example>
public static class EventImport
{
    /// <summary>Imports event files.</summary>
    /// <param name="dataset">Which dataset the files hold.</param>
    /// <param name="paths">The files: plain tab-separated text, or zip archives of it.</param>
    /// <param name="options">Aggregation, bad rows, country filter, reading limits.</param>
    /// <param name="onto">A graph to layer the events on (its entities are matched); none for the events alone.</param>
    /// <exception cref="GraphFormatException">A file is unreadable, not of the dataset, or has a bad row (and bad rows are not skipped).</exception>
    public static EventImportResult Load(EventDataset dataset, IEnumerable<string> paths, EventImportOptions? options = null, DiplomaticGraph? onto = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        // The builder is this import's own: its located elements go once built, before the graph is indexed.
        var builder = onto is null ? new GraphBuilder() : GraphBuilder.From(onto);
        builder.ReleaseOnBuild = true;
        var mapper = new EventMapper(builder, options);
        EventFiles.Read(mapper, paths, dataset, options?.Reading ?? GraphReaderOptions.Default);
        mapper.Finish();
        return new EventImportResult(builder.Build(), mapper.Report);
    }

    /// <summary>Imports event rows from a text, named <paramref name="name"/> in errors.</summary>
    /// <param name="dataset">Which dataset the text holds.</param>
    /// <param name="text">The tab-separated rows.</param>
    /// <param name="name">The name errors give.</param>
    /// <param name="options">Aggregation, bad rows, country filter, reading limits.</param>
    /// <param name="onto">A graph to layer the events on; none for the events alone.</param>
    /// <exception cref="GraphFormatException">The text is not of the dataset or has a bad row (and bad rows are not skipped).</exception>
    public static EventImportResult Read(EventDataset dataset, TextReader text, string name, EventImportOptions? options = null, DiplomaticGraph? onto = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(name);
        // The builder is this import's own: its located elements go once built, before the graph is indexed.
        var builder = onto is null ? new GraphBuilder() : GraphBuilder.From(onto);
        builder.ReleaseOnBuild = true;
        var mapper = new EventMapper(builder, options);
        EventFiles.Read(mapper, new LimitedReader(text, name, options?.Reading ?? GraphReaderOptions.Default), name, dataset);
        mapper.Finish();
        return new EventImportResult(builder.Build(), mapper.Report);
    }

    /// <summary>
    /// Streams event files into a dataset mapping that already read YAML or JSON files (how <see cref="DiplomaticGraph.Load(string[])"/>
    /// layers them), with the default import options; each file's dataset is told by its first row. The report goes to
    /// <see cref="GraphReaderOptions.Notes"/>.
    /// </summary>
    internal static void ReadInto(DatasetReader reader, IReadOnlyList<string> paths, GraphReaderOptions limits)
    {
        var mapper = new EventMapper(reader.Builder, new EventImportOptions { Reading = limits });
        EventFiles.Read(mapper, paths, null, limits);
        mapper.Finish();
        limits.Notes?.Invoke($"events: {mapper.Report.ToString().Replace(Environment.NewLine, "; ", StringComparison.Ordinal)}");
    }
}
