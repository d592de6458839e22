using System.Collections.Immutable;
using DiplomacyGraph.Model;

namespace DiplomacyGraph.Queries;

/// <summary>
/// One row of a history (<see cref="HistoryQueries.History"/>) or timeline (<see cref="HistoryQueries.Timeline"/>): one event —
/// a relation, or a meeting taken part in — with its time as written, every party, and every citation it rests on.
/// </summary>
public sealed record HistoryEntry
{
    /// <summary>
    /// A relation row's relation, as the query made the row: its id, time, type, role, assertion and claimant are read from it (until
    /// any of them is given another value), and <see cref="Relations"/>, <see cref="Citations"/> and <see cref="Parties"/> are made
    /// of it on first read (the parties from <see cref="HistoryRowParts"/> when a member acted for a side).
    /// </summary>
    private readonly Relation? relation;

    /// <summary>
    /// What a row holds of its own — kind, id, time, type, role, assertion, claimant, meeting, statement and via — in an object of
    /// their own; none for a relation row made by a query (it reads them from <see cref="relation"/> and its parts), until any of them
    /// is given another value. A relation row is most rows, and most are sorted and counted, never read: it holds what makes it.
    /// </summary>
    private Own? own;

    /// <summary>
    /// What <see cref="Citations"/> and <see cref="Parties"/> are made of when first read: the <see cref="HistoryRowParts"/> the query
    /// left, or the <see cref="DiplomaticGraph"/> a relation row made of its relation alone finds its sources and ends in.
    /// </summary>
    private object? source;

    /// <summary>The lists given or built on first read (none until one is).</summary>
    private Lists? lists;

    private WindowMatch inWindow;

    /// <summary>Which end of <see cref="relation"/> takes its role among the parties made of it: <c>from</c>, or else <c>to</c>.</summary>
    private bool roleOnFrom;

    /// <summary>Made by the queries only: a field added later does not break callers.</summary>
    internal HistoryEntry(HistoryEntryKind kind, string id, DateRange time, string type, string? role, Assertion assertion, string? claimedBy, Entity party, Entity otherParty, Entity? meeting, ImmutableArray<Relation> relations, ImmutableArray<Relation> via, ImmutableArray<ResolvedCitation> citations, ImmutableArray<HistoryParty> parties, WindowMatch inWindow, Entity? statement = null)
    {
        own = new Own(kind, id, time, type, role, assertion, claimedBy, meeting, statement, via);
        Party = party;
        OtherParty = otherParty;
        lists = new Lists { Citations = citations, Parties = parties };
        lists.Give(relations);
        this.inWindow = inWindow;
    }

    /// <summary>
    /// A relation row, made of the relation alone: its one-relation list, citations and parties are made when first read — the
    /// parties (and via) from <paramref name="parts"/> when given (a member acted for a side), else from the relation's two ends, the
    /// role on <c>from</c> when <paramref name="roleOnFrom"/>, else on <c>to</c>.
    /// </summary>
    internal HistoryEntry(DiplomaticGraph graph, Relation relation, Entity party, Entity otherParty, HistoryRowParts? parts, bool roleOnFrom)
    {
        Party = party;
        OtherParty = otherParty;
        inWindow = WindowMatch.Certainly;
        this.relation = relation;
        source = (object?)parts ?? graph;
        this.roleOnFrom = roleOnFrom;
    }

    /// <summary>A copy (<c>with</c>): the lists are its own from then on, not shared with the original.</summary>
    private HistoryEntry(HistoryEntry original)
    {
        relation = original.relation;
        own = original.own;
        source = original.source;
        lists = original.lists?.Copy();
        inWindow = original.inWindow;
        roleOnFrom = original.roleOnFrom;
        Party = original.Party;
        OtherParty = original.OtherParty;
    }

    /// <summary>A relation, a meeting or a statement.</summary>
    public HistoryEntryKind Kind
    {
        get => own?.Kind ?? HistoryEntryKind.Relation;
        init => own = Held() with { Kind = value };
    }

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
    public Entity? Meeting
    {
        get => own?.Meeting;
        init => own = Held() with { Meeting = value };
    }

    /// <summary>
    /// The relations the row rests on: the relation itself, or the queried sides' attendances of the meeting
    /// and any <c>met</c> relation that reports the same meeting (folded in, so the event is one row).
    /// </summary>
    public ImmutableArray<Relation> Relations
    {
        get
        {
            var value = lists?.Relations ?? default;
            if (value.IsDefault && relation is not null && lists?.RelationsGiven != true)
            {
                Built().Relations = value = [relation];
            }

            return value;
        }

        init => Built().Give(value);
    }

    /// <summary>Office and membership relations through which a party took part (empty when both took part themselves).</summary>
    public ImmutableArray<Relation> Via
    {
        get => own is { } held ? held.Via : source is HistoryRowParts parts ? parts.Via : [];
        init => own = Held() with { Via = value };
    }

    /// <summary>
    /// How the row falls in the filter's window: <see cref="WindowMatch.Possibly"/> rows only might (their time overlaps
    /// the window's edge or is unknown); <see cref="WindowMatch.Certainly"/> without a window.
    /// </summary>
    public WindowMatch InWindow { get => inWindow; init => inWindow = value; }

    /// <summary>The statement, for a statement row (its act and whether quoted or reported in <see cref="Entity.Statement"/>).</summary>
    public Entity? Statement
    {
        get => own?.Statement;
        init => own = Held() with { Statement = value };
    }

    /// <summary>Every citation of the row: the relation's, or the meeting's and the queried sides' attendances', each once, with source titles.</summary>
    /// <remarks>A query's rows resolve their citations when first read (the same list, built once).</remarks>
    public ImmutableArray<ResolvedCitation> Citations
    {
        get
        {
            var value = lists?.Citations ?? default;
            if (value.IsDefault && source is not null)
            {
                Built().Citations = value = source is HistoryRowParts parts ? parts.Citations() : HistoryRowParts.Citations((DiplomaticGraph)source, relation!);
            }

            return value;
        }

        init => Built().Citations = value;
    }

    /// <summary>Every party: the relation's two ends, every attendee of the meeting, or every speaker and subject of the statement.</summary>
    /// <remarks>A query's meeting and statement rows list their parties when first read (the same list, built once).</remarks>
    public ImmutableArray<HistoryParty> Parties
    {
        get
        {
            var value = lists?.Parties ?? default;
            if (value.IsDefault && source is not null)
            {
                Built().Parties = value = source is HistoryRowParts parts ? parts.Parties() : PartiesOfRelation((DiplomaticGraph)source, relation!, roleOnFrom);
            }

            return value;
        }

        init => Built().Parties = value;
    }

    /// <summary>Sets what the parts left at their default are built from when first read.</summary>
    internal HistoryRowParts? Pending
    {
        init => source = value;
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
        var built = Built();
        built.Give(after);
        if (source is EventRowParts parts && built.Citations.IsDefault)
        {
            parts.Fold(met, before, after);
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

        built.Citations = builder.ToImmutable();
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
    private Own Held() => own ?? new Own(HistoryEntryKind.Relation, relation!.Id, relation.Time, relation.Type, relation.Role, relation.Assertion, relation.ClaimedBy, null, null, Via);

    /// <summary>The row's lists, made when the first is given or built (a race of two first reads builds the same lists twice).</summary>
    private Lists Built() => lists ?? Interlocked.CompareExchange(ref lists, new Lists(), null) ?? lists;

    /// <summary>What a row that holds them has of its own.</summary>
    private sealed record Own(HistoryEntryKind Kind, string Id, DateRange Time, string Type, string? Role, Assertion Assertion, string? ClaimedBy, Entity? Meeting, Entity? Statement, ImmutableArray<Relation> Via);

    /// <summary>The lists a row was given or built on first read; the default until then.</summary>
    private sealed class Lists
    {
        public ImmutableArray<Relation> Relations;

        /// <summary>True once <see cref="Relations"/> was given (or folded into): a relation row's is no longer made of its relation.</summary>
        public bool RelationsGiven;

        public ImmutableArray<ResolvedCitation> Citations;

        public ImmutableArray<HistoryParty> Parties;

        /// <summary>Gives the row its relations (made, set or folded into): no longer made of its relation.</summary>
        public void Give(ImmutableArray<Relation> relations)
        {
            Relations = relations;
            RelationsGiven = true;
        }

        public Lists Copy() => (Lists)MemberwiseClone();
    }
}
