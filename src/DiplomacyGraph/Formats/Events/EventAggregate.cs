using DiplomacyGraph.Model;

namespace DiplomacyGraph.Formats.Events;

/// <summary>
/// Rows of one day, actors and CAMEO code merged into one relation: every row's record citation kept, mentions,
/// sources and articles summed, the tone averaged over the articles (each row's tone weighted by its articles; a plain
/// mean when no row counts articles).
/// </summary>
internal sealed class EventAggregate(EventRecord first, string type, string from, string to, string? role, string? place, Citation citation)
{
    private double weightedTone = (first.Tone ?? 0) * first.Articles;
    private double toneSum = first.Tone ?? 0;
    private int tones = first.Tone is null ? 0 : 1;

    public EventRecord First { get; } = first;

    public string Type { get; } = type;

    public string From { get; } = from;

    public string To { get; } = to;

    public string? Role { get; } = role;

    public string? Place { get; } = place;

    public List<Citation> Citations { get; } = [citation];

    public long Mentions { get; private set; } = first.Mentions;

    public long Sources { get; private set; } = first.Sources;

    public long Articles { get; private set; } = first.Articles;

    public int Rows { get; private set; } = 1;

    public double? Tone => tones == 0 ? null : Articles > 0 ? Math.Round(weightedTone / Articles, 6) : Math.Round(toneSum / tones, 6);

    public void Add(in EventRecord row, Citation citation)
    {
        Citations.Add(citation);
        Mentions += row.Mentions;
        Sources += row.Sources;
        Articles += row.Articles;
        Rows++;
        if (row.Tone is { } tone)
        {
            weightedTone += tone * row.Articles;
            toneSum += tone;
            tones++;
        }
    }
}
