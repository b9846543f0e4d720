namespace OrleansGovernance.Domain.Tests;

public sealed class RequireSlugTests
{
    [Theory]
    [InlineData("instructor-01")]
    [InlineData("chengfa_property.xiamen")]
    [InlineData("9-unit")]
    public void Ids_of_letters_digits_dashes_underscores_and_single_dots_are_kept(string id) =>
        Assert.Equal(id, Require.Slug(id, "id"));

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("a/b")]
    [InlineData("a..b")]
    [InlineData(".hidden")]
    [InlineData("Upper")]
    [InlineData("with space")]
    [InlineData("名字")]
    public void Anything_else_is_refused_as_invalid_input(string id) =>
        Assert.Equal(RuleViolation.InvalidInput, Assert.Throws<DomainRuleException>(() => Require.Slug(id, "id")).Violation);
}
