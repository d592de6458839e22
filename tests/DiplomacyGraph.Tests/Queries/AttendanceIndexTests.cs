using DiplomacyGraph.Queries;
using DiplomacyGraph.Model;
using static DiplomacyGraph.Tests.TestGraphs;

namespace DiplomacyGraph.Tests.Queries;

/// <summary>
/// <see cref="AttendanceIndex"/> on its own: per entity, the meetings it attended and the statements it made or is the subject
/// of, as sorted lists without repeats, built from the relations alone.
/// </summary>
public sealed class AttendanceIndexTests
{
    private static readonly DiplomaticGraph Graph = Builder()
        .AddEntity(Entity("dar"))
        .AddEntity(Entity("muttaqi"))
        .AddEntity(Entity("kabul", EntityKind.Place))
        .AddEntity(Meeting("talks", "2025-04-19"))
        .AddEntity(Meeting("summit", "2025-05-20"))
        .AddEntity(Statement("dar-says"))
        .AddRelation(Relation("dar-talks", "attended", "dar", "talks"))
        .AddRelation(Relation("dar-talks-again", "attended", "dar", "talks", role: "guest"))
        .AddRelation(Relation("dar-summit", "attended", "dar", "summit"))
        .AddRelation(Relation("muttaqi-talks", "attended", "muttaqi", "talks"))
        // A meeting's place is not an attendee.
        .AddRelation(Relation("talks-in-kabul", "held-in", "talks", "kabul"))
        .AddRelation(Relation("dar-said", "said", "dar", "dar-says"))
        .AddRelation(Relation("says-about-muttaqi", "about", "dar-says", "muttaqi"))
        .Build();

    private static readonly Dictionary<string, int> Positions = Graph.Entities.Select((e, i) => (e.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);

    private static Entity Statement(string id) => new()
    {
        Id = id, Kind = EntityKind.Statement, Name = id, Citations = [Cite()],
        Statement = new StatementDetails { Act = StatementAct.Comment, Speech = SpeechMode.Quoted, Time = DateRange.Parse("2025-04-20") },
    };

    private static string[] Ids(ReadOnlySpan<int> positions) => [.. positions.ToArray().Select(p => Graph.Entities[p].Id)];

    [Fact]
    public void Each_entity_lists_the_meetings_it_attended_once_each_in_position_order()
    {
        var index = new AttendanceIndex(Graph, Positions);

        Assert.Equal(["talks", "summit"], Ids(index.Of(Positions["dar"])));
        Assert.Equal(["talks"], Ids(index.Of(Positions["muttaqi"])));
        Assert.Empty(Ids(index.Of(Positions["kabul"])));
        Assert.Empty(Ids(index.Of(Positions["talks"])));
        var dar = index.Of(Positions["dar"]).ToArray();
        Assert.Equal(dar.Order(), dar);
    }

    [Fact]
    public void Attended_answers_by_binary_search_in_the_sorted_list()
    {
        var index = new AttendanceIndex(Graph, Positions);

        Assert.True(index.Attended(Positions["dar"], Positions["summit"]));
        Assert.True(index.Attended(Positions["muttaqi"], Positions["talks"]));
        Assert.False(index.Attended(Positions["muttaqi"], Positions["summit"]));
        Assert.False(index.Attended(Positions["dar"], Positions["kabul"]));
    }

    [Fact]
    public void Statements_are_listed_for_who_said_them_and_whom_they_are_about()
    {
        var index = new AttendanceIndex(Graph, Positions);

        Assert.Equal(["dar-says"], Ids(index.StatementsOf(Positions["dar"])));
        Assert.Equal(["dar-says"], Ids(index.StatementsOf(Positions["muttaqi"])));
        Assert.True(index.InStatement(Positions["muttaqi"], Positions["dar-says"]));
        Assert.False(index.InStatement(Positions["kabul"], Positions["dar-says"]));
        Assert.Empty(Ids(index.Of(Positions["dar-says"])));
    }

    [Fact]
    public void The_flat_arrays_hold_one_entry_per_distinct_attendance_and_statement_tie()
    {
        var index = new AttendanceIndex(Graph, Positions);

        Assert.Equal(Graph.Entities.Length + 1, index.Start.Length);
        Assert.Equal(3, index.Meetings.Length);
        Assert.Equal(2, index.Statements.Length);
    }
}
