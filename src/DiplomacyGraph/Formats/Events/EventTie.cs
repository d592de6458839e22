using DiplomacyGraph.Model;

namespace DiplomacyGraph.Formats.Events;

/// <summary>
/// An office or membership the rows state (an ICEWS person with a government sector holds office in its country; a
/// body named <c>Name (Country)</c> belongs to it): one relation over the days the rows name it, citing the first and last row.
/// </summary>
internal sealed class EventTie(string type, string from, string to, string? role, DateOnly day, Citation citation, FilePosition at)
{
    private DateOnly first = day;
    private DateOnly last = day;
    private Citation firstCitation = citation;
    private Citation lastCitation = citation;

    public void Seen(DateOnly day, Citation citation)
    {
        if (day < first)
        {
            (first, firstCitation) = (day, citation);
        }

        if (day > last)
        {
            (last, lastCitation) = (day, citation);
        }
    }

    public (Relation Relation, ElementPositions At) ToRelation() =>
        (new Relation
        {
            Id = $"{from}-{type}-{to}",
            Type = type,
            From = from,
            To = to,
            Role = role,
            Time = first == last ? DateRange.On(FuzzyDate.OfDay(first)) : DateRange.Between(FuzzyDate.OfDay(first), FuzzyDate.OfDay(last)),
            Citations = ReferenceEquals(firstCitation, lastCitation) ? [firstCitation] : [firstCitation, lastCitation],
        }, new ElementPositions(at));
}
