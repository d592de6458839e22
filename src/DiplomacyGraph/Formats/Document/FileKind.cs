namespace DiplomacyGraph.Formats.Document;

/// <summary>What a path names, found without opening it (opening a FIFO blocks until a writer comes).</summary>
internal enum FileKind
{
    /// <summary>Nothing is there.</summary>
    Missing,

    /// <summary>A regular file.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A FIFO, a device, a socket or a symbolic link: nothing a loader reads.</summary>
    Other,
}
