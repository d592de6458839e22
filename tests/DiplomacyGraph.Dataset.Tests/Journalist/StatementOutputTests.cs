using DiplomacyGraph.Model;
using DiplomacyGraph.Queries;
using DiplomacyGraph.Text;
using static DiplomacyGraph.Tests.TestGraphs;

namespace DiplomacyGraph.Tests.Journalist;

/// <summary>Statements (MODEL-SPEC) in the issue 15 outputs: search finds their words, the renderer names speaker, act and occasion, marks show.</summary>
public class StatementOutputTests
{
    private static readonly DiplomaticGraph Graph = Builder()
        .AddEntity(Entity("ishaq-dar") with { Name = "Ishaq Dar" })
        .AddEntity(Entity("ttp", EntityKind.Organization) with { Name = "TTP" })
        .AddEntity(Meeting("kabul-visit", "2025-04-19") with { Name = "Dar’s visit to Kabul" })
        .AddEntity(new Entity
        {
            Id = "dar-warns", Kind = EntityKind.Statement, Name = "Dar asks for action against the TTP",
            Statement = new StatementDetails { Act = StatementAct.Request, Speech = SpeechMode.Quoted, Time = DateRange.Parse("2025-04-19") },
            Citations = [Cite("we expect concrete action against the TTP")],
        })
        .AddRelation(Relation("dar-said", "said", "ishaq-dar", "dar-warns", "2025-04-19", role: "speaker"))
        .AddRelation(Relation("said-at", "said-at", "dar-warns", "kabul-visit", "2025-04-19"))
        .AddRelation(Relation("about-ttp", "about", "dar-warns", "ttp", "2025-04-19") with { Basis = Basis.Inferred, Note = "the words name the TTP" })
        .Build();

    [Fact]
    public void Search_finds_a_statements_words_and_names_the_statement()
    {
        var hit = Assert.Single(Graph.Search("concrete action"));

        Assert.Equal("dar-warns", hit.Entity!.Id);
        Assert.Contains("Dar asks for action against the TTP", hit.Fact, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_of_a_statement_names_act_speech_speaker_occasion_subject_and_marks()
    {
        var text = new StringWriter();
        ReportWriter.Write(QueryReports.Entity(Graph.GetEntity("dar-warns"), Graph.RelationsOf("dar-warns"), Graph), text, ReportFormat.Text, graph: Graph);
        var output = Cli.CliHarness.Flat(text.ToString());

        Assert.Contains($"act: request (CAMEO {string.Join(", ", StatementActs.CameoCodes(StatementAct.Request))})   speech: quoted", output, StringComparison.Ordinal);
        Assert.Contains("said by: Ishaq Dar (speaker) at: Dar’s visit to Kabul about: TTP", output, StringComparison.Ordinal);
        Assert.Contains("quoted — the article quotes the speaker:", output, StringComparison.Ordinal);
        Assert.Contains("—about→ TTP [inferred: the words name the TTP]", output, StringComparison.Ordinal);
        Assert.Contains("“we expect concrete action against the TTP” [1]", output, StringComparison.Ordinal);
    }
}
