using System.Collections.Immutable;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.PostgreSql.Reading;

/// <summary>The columns of one entities row, turned back into an <see cref="Entity"/> with its child rows.</summary>
internal sealed record EntityRow(string Id, EntityKind Kind, string Name, string BasisText, string? Note, DateRange? Time, string[] Topics)
{
    public Entity ToEntity(
        ImmutableArray<string> aliases,
        ImmutableSortedDictionary<string, string> attributes,
        ImmutableArray<Citation> citations,
        ImmutableArray<StatusReport> statuses,
        (string Act, string Speech)? statement) => new()
        {
            Id = Id,
            Kind = Kind,
            Name = Name,
            Aliases = aliases,
            Attributes = attributes,
            Citations = citations,
            Basis = Enum.Parse<Basis>(BasisText),
            Note = Note,
            Meeting = Kind == EntityKind.Meeting
                ? new MeetingDetails { Time = Time ?? DateRange.Unknown, Statuses = statuses, Topics = [.. Topics] }
                : null,
            Statement = statement is { } s
                ? new StatementDetails { Act = Enum.Parse<StatementAct>(s.Act), Speech = Enum.Parse<SpeechMode>(s.Speech), Time = Time ?? DateRange.Unknown, Topics = [.. Topics] }
                : null,
        };
}
