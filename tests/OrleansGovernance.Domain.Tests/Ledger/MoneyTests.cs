using System.Text.Json;
using OrleansGovernance.Domain.Ledger;

namespace OrleansGovernance.Domain.Tests.Ledger;

public sealed class MoneyTests
{
    [Theory]
    [InlineData("5", "5.00")]
    [InlineData("12.5", "12.50")]
    [InlineData("0.01", "0.01")]
    [InlineData("100000000", "100000000.00")]
    public void An_amount_always_has_two_decimal_places(string given, string shown)
    {
        var money = Money.Of(decimal.Parse(given, System.Globalization.CultureInfo.InvariantCulture), "amount");

        Assert.Equal(shown, money.ToString());
        Assert.Equal(shown, JsonSerializer.Serialize(money));
    }

    [Theory]
    [InlineData("0.001", "more than two decimal places")]
    [InlineData("12.345", "more than two decimal places")]
    [InlineData("0", "more than zero")]
    [InlineData("-5.00", "more than zero")]
    [InlineData("100000000.01", "at most")]
    public void An_amount_that_is_not_whole_fen_or_not_positive_or_absurd_is_refused(string given, string reason)
    {
        var refused = Assert.Throws<DomainRuleException>(() => Money.Of(decimal.Parse(given, System.Globalization.CultureInfo.InvariantCulture), "amount"));

        Assert.Equal(RuleViolation.InvalidInput, refused.Violation);
        Assert.Contains(reason, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sums_are_exact_where_floating_point_is_not()
    {
        var tenCents = Money.Of(0.1m, "amount");

        var sum = Money.Sum(Enumerable.Repeat(tenCents, 10));

        Assert.Equal(Money.Of(1m, "amount"), sum);
        Assert.NotEqual(1.0, Enumerable.Repeat(0.1, 10).Sum());
    }

    [Fact]
    public void Json_with_a_third_decimal_place_is_not_read_as_money()
    {
        Assert.Equal(Money.Of(7.5m, "amount"), JsonSerializer.Deserialize<Money>("7.50"));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Money>("7.505"));
    }
}
