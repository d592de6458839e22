namespace DiplomacyGraph.Model;

/// <summary>How a source gives a statement's words: as a direct quote, or reported. Reported speech is never shown as a quote.</summary>
public enum SpeechMode
{
    /// <summary>The source puts the speaker's own words in quotation marks.</summary>
    Quoted,

    /// <summary>The source reports what was said, in its own words.</summary>
    Reported,
}
