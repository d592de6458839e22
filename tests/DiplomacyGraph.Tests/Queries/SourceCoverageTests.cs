using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;

namespace DiplomacyGraph.Tests.Queries;

/// <summary>How many facts cite each source, and which of its sentences no quote covers yet.</summary>
public sealed class SourceCoverageTests
{
    [Fact]
    public void The_sixth_article_counts_its_facts_and_lists_its_uncited_sentences()
    {
        var path = Fixture.Path("byo", "dar-tashkent.yaml");
        var graph = DiplomaticGraph.Load([path], includeSeeds: true);
        var text = File.ReadAllText(Fixture.Path("byo", "sources", "dar-tashkent.txt"));

        var coverage = graph.Coverage(s => s.Id == "dar-tashkent" ? text : null).Single(c => c.Source.Id == "dar-tashkent");

        Assert.Equal(6, coverage.Facts);
        Assert.Equal(6, coverage.Sentences);
        Assert.Equal(
            [
                "Dar meets Uzbek counterpart in Tashkent",
                "“Our friendship with Uzbekistan is a pillar of our regional policy,” Dar said after the meeting.",
                "The two ministers agreed to finalise the Trans-Afghan railway framework — a project that would run through Kabul.",
                "Saidov said Uzbekistan would host a trilateral meeting with Afghanistan later in the year.",
            ],
            coverage.Uncited.ToArray());
    }

    [Fact]
    public void A_source_without_text_has_facts_but_no_sentence_counts()
    {
        var coverage = Seeds.Load().Coverage();

        Assert.All(coverage, c => Assert.Null(c.Sentences));
        Assert.All(coverage, c => Assert.Empty(c.Uncited));
        Assert.Equal(Seeds.Load().Sources.Select(s => s.Id), coverage.Select(c => c.Source.Id));
        Assert.All(coverage, c => Assert.True(c.Facts > 0));
    }

    [Fact]
    public void A_record_citation_counts_as_a_fact_and_each_fact_once()
    {
        var graph = new GraphBuilder()
            .AddSource(new Source { Id = "s", Title = "S" })
            .AddEntity(new Entity { Id = "a", Kind = EntityKind.Country, Name = "A", Citations = [new QuoteCitation("s", "A"), new QuoteCitation("s", "A again")] })
            .AddEntity(new Entity { Id = "b", Kind = EntityKind.Country, Name = "B" })
            .AddRelation(new Relation { Id = "r", Type = "diplomatic-ties", From = "a", To = "b", Time = DateRange.Unknown, Citations = [new RecordCitation("s", "ICEWS", "1")] })
            .Build();

        Assert.Equal(2, Assert.Single(graph.Coverage()).Facts);
    }
}
