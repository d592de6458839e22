using System.Collections.Immutable;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>
/// One row of a history (<see cref="HistoryQueries.History"/>) or timeline (<see cref="HistoryQueries.Timeline"/>): one event —
/// a relation, or a meeting taken part in — with its time as written, every party, and every citation it rests on.
/// </summary>
public sealed record HistoryEntry
{
    private ImmutableArray<Relation> relations;
    private ImmutableArray<ResolvedCitation> citations;
    private ImmutableArray<HistoryParty> parties;
    private WindowMatch inWindow;

    /// <summary>What <see cref="Citations"/> and <see cref="Parties"/> are made of when the query left them to be built on first read.</summary>
    private HistoryRowParts? pending;

    /// <summary>
    /// A relation row's relation, as the query made the row: <see cref="Relations"/> is made of it on first read, and so are
    /// <see cref="Citations"/> and <see cref="Parties"/> when there are no <see cref="pending"/> parts (both ends acted themselves).
    /// </summary>
    private Relation? relation;

    /// <summary>Where a relation row's citations and parties are found, when they are made of <see cref="relation"/>.</summary>
    private DiplomaticGraph? graph;

    /// <summary>True until <see cref="Relations"/> is given: it is then made of <see cref="relation"/> alone.</summary>
    private bool relationsOfRelation;

    /// <summary>Which end of <see cref="relation"/> takes its role among the parties made of it: <c>from</c>, or else <c>to</c>.</summary>
    private bool roleOnFrom;

    /// <summary>
    /// The id, time, type, role, assertion and claimant, in an object of their own; none for a relation row made by a query, which
    /// reads them from <see cref="relation"/> (a row made does not read its relation) until any of them is given another value.
    /// </summary>
    private Own? own;

    /// <summary>Made by the queries only: a field added later does not break callers.</summary>
    internal HistoryEntry(HistoryEntryKind kind, string id, DateRange time, string type, string? role, Assertion assertion, string? claimedBy, Entity party, Entity otherParty, Entity? meeting, ImmutableArray<Relation> relations, ImmutableArray<Relation> via, ImmutableArray<ResolvedCitation> citations, ImmutableArray<HistoryParty> parties, WindowMatch inWindow, Entity? statement = null)
    {
        Kind = kind;
        own = new Own(id, time, type, role, assertion, claimedBy);
        Party = party;
        OtherParty = otherParty;
        Meeting = meeting;
        this.relations = relations;
        Via = via;
        this.citations = citations;
        this.parties = parties;
        this.inWindow = inWindow;
        Statement = statement;
    }

    /// <summary>
    /// A relation row, made of the relation alone: its one-relation list, citations and parties are made when first read — the
    /// parties from <paramref name="parts"/> when given (a member acted for a side), else from the relation's two ends, the role on
    /// <c>from</c> when <paramref name="roleOnFrom"/>, else on <c>to</c>.
    /// </summary>
    internal HistoryEntry(DiplomaticGraph graph, Relation relation, Entity party, Entity otherParty, ImmutableArray<Relation> via, HistoryRowParts? parts, bool roleOnFrom)
    {
        Kind = HistoryEntryKind.Relation;
        Party = party;
        OtherParty = otherParty;
        Via = via;
        inWindow = WindowMatch.Certainly;
        this.relation = relation;
        this.graph = graph;
        pending = parts;
        relationsOfRelation = true;
        this.roleOnFrom = roleOnFrom;
    }

    /// <summary>A relation, a meeting or a statement.</summary>
    public HistoryEntryKind Kind { get; init; }

    /// <summary>The relation's, the meeting's or the statement's id.</summary>
    public string Id
    {
        get => own is { } held ? held.Id : relation!.Id;
        init => own = Held() with { Id = value };
    }

    /// <summary>When: the relation's, the meeting's or the statement's time. <c>Time.ToString()</c> is the date as written.</summary>
    public DateRange Time
    {
        get => own is { } held ? held.Time : relation!.Time;
        init => own = Held() with { Time = value };
    }

    /// <summary>The relation type; <c>attended</c> for a meeting row, <c>said</c> for a statement row.</summary>
    public string Type
    {
        get => own is { } held ? held.Type : relation!.Type;
        init => own = Held() with { Type = value };
    }

    /// <summary>The role of <see cref="Party"/> (for a meeting, in the meeting), when the data gives one.</summary>
    public string? Role
    {
        get => own is { } held ? held.Role : relation!.Role;
        init => own = Held() with { Role = value };
    }

    /// <summary>How the sources put it (a meeting row takes the assertion of <see cref="Party"/>'s attendance).</summary>
    public Assertion Assertion
    {
        get => own is { } held ? held.Assertion : relation!.Assertion;
        init => own = Held() with { Assertion = value };
    }

    /// <summary>The id of who asserts, alleges or denies it, when not the source itself.</summary>
    public string? ClaimedBy
    {
        get => own is { } held ? held.ClaimedBy : relation!.ClaimedBy;
        init => own = Held() with { ClaimedBy = value };
    }

    /// <summary>The entity on the queried side: the first entity asked about, or the member who took part for it.</summary>
    public Entity Party { get; init; }

    /// <summary>The entity on the other side: the second entity or its member; in a timeline, the relation's other end or the meeting.</summary>
    public Entity OtherParty { get; init; }

    /// <summary>The meeting, for a meeting row; a statement's occasion (<c>said-at</c>), for a statement row.</summary>
    public Entity? Meeting { get; init; }

    /// <summary>
    /// The relations the row rests on: the relation itself, or the queried sides' attendances of the meeting
    /// and any <c>met</c> relation that reports the same meeting (folded in, so the event is one row).
    /// </summary>
    public ImmutableArray<Relation> Relations
    {
        get
        {
            var value = relations;
            if (value.IsDefault && relationsOfRelation)
            {
                relations = value = [relation!];
            }

            return value;
        }

        init
        {
            relations = value;
            relationsOfRelation = false;
        }
    }

    /// <summary>Office and membership relations through which a party took part (empty when both took part themselves).</summary>
    public ImmutableArray<Relation> Via { get; init; }

    /// <summary>
    /// How the row falls in the filter's window: <see cref="WindowMatch.Possibly"/> rows only might (their time overlaps
    /// the window's edge or is unknown); <see cref="WindowMatch.Certainly"/> without a window.
    /// </summary>
    public WindowMatch InWindow { get => inWindow; init => inWindow = value; }

    /// <summary>The statement, for a statement row (its act and whether quoted or reported in <see cref="Entity.Statement"/>).</summary>
    public Entity? Statement { get; init; }

    /// <summary>Every citation of the row: the relation's, or the meeting's and the queried sides' attendances', each once, with source titles.</summary>
    /// <remarks>A query's rows resolve their citations when first read (the same list, built once).</remarks>
    public ImmutableArray<ResolvedCitation> Citations
    {
        get
        {
            var value = citations;
            if (value.IsDefault && (pending is not null || graph is not null))
            {
                citations = value = pending?.Citations() ?? HistoryRowParts.Citations(graph!, relation!);
            }

            return value;
        }

        init => citations = value;
    }

    /// <summary>Every party: the relation's two ends, every attendee of the meeting, or every speaker and subject of the statement.</summary>
    /// <remarks>A query's meeting and statement rows list their parties when first read (the same list, built once).</remarks>
    public ImmutableArray<HistoryParty> Parties
    {
        get
        {
            var value = parties;
            if (value.IsDefault && (pending is not null || graph is not null))
            {
                parties = value = pending?.Parties() ?? PartiesOfRelation(graph!, relation!, roleOnFrom);
            }

            return value;
        }

        init => parties = value;
    }

    /// <summary>Sets what the parts left at their default are built from when first read.</summary>
    internal HistoryRowParts? Pending
    {
        init => pending = value;
    }

    /// <summary>The relation a relation row was made of by a query (none for other rows).</summary>
    internal Relation? MadeOf => relation;

    /// <summary>A relation row's two parties made of its relation: its two ends (from, then to), neither acting for anyone.</summary>
    private static ImmutableArray<HistoryParty> PartiesOfRelation(DiplomaticGraph graph, Relation relation, bool roleOnFrom) =>
    [
        new HistoryParty(graph.GetEntity(relation.From), roleOnFrom ? relation.Role : null, relation.Assertion, null, []),
        new HistoryParty(graph.GetEntity(relation.To), roleOnFrom ? null : relation.Role, relation.Assertion, null, []),
    ];

    /// <summary>
    /// Folds a <c>met</c> relation into this meeting row, in place (a query's row, not yet given out): one more relation, and its
    /// citations after the row's.
    /// </summary>
    internal void Fold(Relation met, DiplomaticGraph graph)
    {
        var before = Relations;
        var after = before.Add(met);
        relations = after;
        relationsOfRelation = false;
        if (pending is not null && citations.IsDefault)
        {
            pending.Fold(met, before, after);
            return;
        }

        var builder = ImmutableArray.CreateBuilder<ResolvedCitation>();
        builder.AddRange(Citations);
        foreach (var citation in met.Citations)
        {
            var sourced = ResolvedCitation.Of(citation, graph);
            if (!builder.Contains(sourced))
            {
                builder.Add(sourced);
            }
        }

        citations = builder.ToImmutable();
    }

    /// <summary>Marks this row of a query, in place (not yet given out), as only possibly in the filter's window.</summary>
    internal void MarkPossiblyInWindow() => inWindow = WindowMatch.Possibly;

    /// <summary>
    /// Equal when every property is, the lists (relations, via, citations, parties) compared item by item: citations and parties
    /// are built on first read, so two copies of one row need not share the arrays.
    /// </summary>
    public bool Equals(HistoryEntry? other) =>
        other is not null && (ReferenceEquals(this, other) || (Kind == other.Kind && Id == other.Id && Time.Equals(other.Time) && Type == other.Type
            && Role == other.Role && Assertion == other.Assertion && ClaimedBy == other.ClaimedBy && Equals(Party, other.Party)
            && Equals(OtherParty, other.OtherParty) && Equals(Meeting, other.Meeting) && Same(Relations, other.Relations) && Same(Via, other.Via)
            && Same(Citations, other.Citations) && Same(Parties, other.Parties) && InWindow == other.InWindow && Equals(Statement, other.Statement)));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Id, Time, Type, Party, OtherParty, Relations.Length, InWindow);

    private static bool Same<T>(ImmutableArray<T> a, ImmutableArray<T> b) =>
        a.IsDefault || b.IsDefault ? a.IsDefault == b.IsDefault : a.AsSpan().SequenceEqual(b.AsSpan());

    /// <summary>The parties who took part through someone else's office or membership, by name: <c>Ishaq Dar for Pakistan</c>.</summary>
    public IEnumerable<string> Through => Parties.Where(p => p.ActsFor is not null).Select(p => $"{p.Entity.Name} for {p.ActsFor!.Name}");

    /// <summary>The elements the row shows, with their inference marks: its relations, the via relations, the meeting, the statement.</summary>
    internal IEnumerable<(string Id, Basis Basis, string? Note)> MarkedElements =>
        Relations.Concat(Via).Select(r => (r.Id, r.Basis, r.Note))
            .Concat(new[] { Meeting, Statement }.OfType<Entity>().Select(m => (m.Id, m.Basis, m.Note)));

    /// <summary>The date as written, the type, the parties and the meeting, for display.</summary>
    public override string ToString()
    {
        var parties = $"{string.Join(", ", Parties.Take(12))}{(Parties.Length > 12 ? $" and {Parties.Length - 12} more" : string.Empty)}";
        var what = Kind switch
        {
            HistoryEntryKind.Statement when Statement?.Statement is { } said => $"{Statement.Name} ({said.Act.ToString().ToLowerInvariant()}, {said.Speech.ToString().ToLowerInvariant()}): {parties}",
            HistoryEntryKind.Meeting when Meeting is not null => $"{Meeting.Name}: {parties}",
            _ => $"{Party.Name} {Type} {OtherParty.Name}",
        };
        return $"{Time}  {what}{(Assertion == Assertion.Stated ? string.Empty : $" [{Assertion}]")}{(InWindow == WindowMatch.Possibly ? " (possibly in the window)" : string.Empty)}";
    }

    /// <summary>What the row holds of its own, or a relation row's copy of its relation's (a new one each time one is given).</summary>
    private Own Held() => own ?? new Own(relation!.Id, relation.Time, relation.Type, relation.Role, relation.Assertion, relation.ClaimedBy);

    /// <summary>The id, time, type, role, assertion and claimant of a row that holds them.</summary>
    private sealed record Own(string Id, DateRange Time, string Type, string? Role, Assertion Assertion, string? ClaimedBy);
}
