using System.IO.Compression;
using DiplomacyGraph.Formats.Document;

namespace DiplomacyGraph.Formats.Events;

/// <summary>
/// Streams event files row by row into an <see cref="EventMapper"/>. A <c>.zip</c> (as GDELT publishes its files) is
/// read entry by entry. Without a named dataset, the first row decides: the ICEWS header (<c>Event ID</c>, …) means
/// ICEWS; anything else is read as GDELT, whose rows are told apart by their column count.
/// </summary>
internal static class EventFiles
{
    /// <summary>Reads files into the mapper.</summary>
    public static void Read(EventMapper mapper, IEnumerable<string> paths, EventDataset? dataset, GraphReaderOptions limits)
    {
        foreach (var path in paths)
        {
            // Before the zip sniffing opens it: a FIFO would block that open, a device would be read.
            FileKinds.RequireRegular(path);
            if (IsZip(path))
            {
                ReadZip(mapper, path, dataset, limits);
                continue;
            }

            using var text = Utf8FileReader.Open(path, limits);
            if (limits.Progress is { } progress)
            {
                text.Progress = (done, total) => progress.Report(new GraphProgress(done, total));
            }

            Read(mapper, text, path, dataset);
        }
    }

    /// <summary>Reads one text's rows into the mapper.</summary>
    public static void Read(EventMapper mapper, TextReader text, string name, EventDataset? dataset)
    {
        var rows = new TabRows(text);
        try
        {
            ReadRows(mapper, rows, name, dataset);
        }
        finally
        {
            mapper.Report.Repaired += rows.Repaired;
        }
    }

    private static void ReadRows(EventMapper mapper, TabRows rows, string name, EventDataset? dataset)
    {
        if (!rows.Next())
        {
            return;
        }

        var icews = IcewsRows.IsHeader(rows);
        if (dataset == EventDataset.Icews && !icews)
        {
            throw new GraphFormatException(new GraphError("This is not an ICEWS event file: its first row is not the ICEWS header ('Event ID', 'Event Date', …).", new FilePosition(name, 1, 1)));
        }

        if (dataset == EventDataset.Gdelt && icews)
        {
            throw new GraphFormatException(new GraphError("This is an ICEWS event file (its first row is the ICEWS header), not GDELT; import it as ICEWS.", new FilePosition(name, 1, 1)));
        }

        if (icews)
        {
            var reader = IcewsRows.Open(rows, name);
            while (rows.Next())
            {
                Map(mapper, reader.Read(out var record, out var problem), record, problem);
            }

            return;
        }

        var gdelt = new GdeltRows(rows, name);
        do
        {
            Map(mapper, gdelt.Read(out var record, out var problem), record, problem);
        }
        while (rows.Next());
    }

    private static void Map(EventMapper mapper, bool read, in EventRecord record, RowError? problem)
    {
        if (read)
        {
            mapper.Add(record);
        }
        else
        {
            mapper.Refuse(problem!);
        }
    }

    private static void ReadZip(EventMapper mapper, string path, EventDataset? dataset, GraphReaderOptions limits)
    {
        ZipArchive archive;
        try
        {
            archive = ZipFile.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new GraphFormatException(new GraphError($"Cannot read the zip file: {e.Message}", new FilePosition(path, 1, 1)), e);
        }

        using (archive)
        {
            foreach (var entry in archive.Entries.Where(e => !e.FullName.EndsWith('/')))
            {
                var name = $"{path}!{entry.FullName}";
                using var text = new Utf8FileReader(entry.Open(), name, limits);
                Read(mapper, text, name, dataset);
            }
        }
    }

    private static bool IsZip(string path)
    {
        if (string.Equals(Path.GetExtension(path), ".zip", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        try
        {
            using var file = File.OpenRead(path);
            Span<byte> magic = stackalloc byte[4];
            return file.Read(magic) == 4 && magic.SequenceEqual("PK\u0003\u0004"u8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false; // Utf8FileReader.Open reports it as a located error.
        }
    }
}
