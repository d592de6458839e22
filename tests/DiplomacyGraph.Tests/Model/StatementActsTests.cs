using DiplomacyGraph.Model;

namespace DiplomacyGraph.Tests.Model;

public class StatementActsTests
{
    [Theory]
    [InlineData("01", StatementAct.Comment)]
    [InlineData("02", StatementAct.Request)]
    [InlineData("036", StatementAct.Agree)]
    [InlineData("0311", StatementAct.Agree)]
    [InlineData("040", StatementAct.Consult)]
    [InlineData("051", StatementAct.Support)]
    [InlineData("057", StatementAct.Agree)]
    [InlineData("0571", StatementAct.Agree)]
    [InlineData("061", StatementAct.Cooperate)]
    [InlineData("073", StatementAct.Aid)]
    [InlineData("081", StatementAct.Concede)]
    [InlineData("0874", StatementAct.Retreat)]
    [InlineData("090", StatementAct.Accuse)]
    [InlineData("1041", StatementAct.Request)]
    [InlineData("112", StatementAct.Accuse)]
    [InlineData("128", StatementAct.Reject)]
    [InlineData("138", StatementAct.Threaten)]
    [InlineData("141", StatementAct.Protest)]
    [InlineData("154", StatementAct.Mobilize)]
    [InlineData("163", StatementAct.Sanction)]
    [InlineData("173", StatementAct.Coerce)]
    [InlineData("183", StatementAct.Assault)]
    [InlineData("19", StatementAct.Assault)]
    [InlineData("202", StatementAct.Assault)]
    public void A_cameo_code_maps_to_the_act_of_its_root(string code, StatementAct act)
    {
        Assert.Equal(act, StatementActs.FromCameo(code));
    }

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("00")]
    [InlineData("21")]
    [InlineData("99")]
    [InlineData("12345")]
    [InlineData("0a")]
    [InlineData("-1")]
    public void Text_that_is_no_cameo_code_is_refused(string code)
    {
        Assert.False(StatementActs.TryFromCameo(code, out _));
        var error = Assert.Throws<FormatException>(() => StatementActs.FromCameo(code));
        Assert.Contains("not a CAMEO event code", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_root_belongs_to_one_act_and_every_listed_code_maps_back_to_its_act()
    {
        var roots = Enumerable.Range(1, 20).Select(i => i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture)).ToList();

        foreach (var act in Enum.GetValues<StatementAct>())
        {
            var codes = StatementActs.CameoCodes(act);
            Assert.NotEmpty(codes);
            Assert.All(codes, code => Assert.Equal(act, StatementActs.FromCameo(code)));
        }

        var listedRoots = Enum.GetValues<StatementAct>().SelectMany(a => StatementActs.CameoCodes(a)).Where(c => c.Length == 2).ToList();
        Assert.Equal(roots, listedRoots.Order(StringComparer.Ordinal));
    }
}
