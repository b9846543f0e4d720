using static OrleansGovernance.Domain.Tests.TestData;

namespace OrleansGovernance.Domain.Tests;

public sealed class RequireTests
{
    [Theory]
    [InlineData("a\u0000b")]
    [InlineData("bell\u0007")]
    [InlineData("escape\u001b[31m")]
    [InlineData("delete\u007f")]
    public void Text_with_control_characters_is_refused(string text) =>
        Refused(RuleViolation.InvalidInput, () => Require.Text(text, "name", 100));

    [Fact]
    public void Text_may_hold_tabs_and_line_breaks()
    {
        Assert.Equal("two\tcolumns\r\nand lines", Require.Text(" two\tcolumns\r\nand lines ", "description", 100));
    }

    [Fact]
    public void An_optional_note_with_a_nul_is_refused_in_a_stamp()
    {
        Refused(RuleViolation.InvalidInput, () => new Stamp(Staff, T0, "done\u0000").Validate());
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(1949, 9, 30)]
    [InlineData(2101, 1, 1)]
    [InlineData(9999, 12, 31)]
    public void Dates_outside_the_platforms_calendar_are_refused(int year, int month, int day) =>
        Refused(RuleViolation.InvalidInput, () => Require.Date(new DateOnly(year, month, day), "due"));

    [Fact]
    public void Dates_at_the_edges_of_the_calendar_are_accepted()
    {
        Assert.Equal(Require.EarliestDate, Require.Date(Require.EarliestDate, "formed"));
        Assert.Equal(Require.LatestDate, Require.Date(Require.LatestDate, "periodEnd"));
    }

    [Fact]
    public void A_list_with_a_null_entry_is_refused()
    {
        Refused(RuleViolation.InvalidInput, () => Require.Entries<string>(["a", null!], "parties"));
    }
}
