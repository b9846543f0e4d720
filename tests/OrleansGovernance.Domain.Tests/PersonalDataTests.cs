namespace OrleansGovernance.Domain.Tests;

public sealed class PersonalDataTests
{
    [Theory]
    [InlineData("called the reporter back on 13800001234", "called the reporter back on [removed]")]
    [InlineData("call +86 138-0000-1234 or 0592-6012345", "call [removed] or [removed]")]
    [InlineData("ID 35021119800101123X on file", "ID [removed] on file")]
    [InlineData("she lives in 7-1203", "she lives in [removed]")]
    [InlineData("华铃花园3栋1203室门口", "华铃花园[removed]门口")]
    [InlineData("12号楼2单元301漏水", "[removed]漏水")]
    [InlineData("Room 1203, Hualing Garden", "[removed], Hualing Garden")]
    public void Phone_numbers_id_numbers_and_flats_are_screened(string text, string screened) =>
        Assert.Equal(screened, PersonalData.Screen(text));

    [Theory]
    [InlineData("华铃花园 east gate")]
    [InlineData("Building 5 of Hualing Garden, lift 2")]
    [InlineData("settled on 2026-11-20 at 14:30, 3 cameras replaced")]
    [InlineData("24.5902,118.0432")]
    public void Places_dates_and_counts_are_left_alone(string text) =>
        Assert.Equal(text, PersonalData.Screen(text));
}
