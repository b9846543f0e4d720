using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrleansGovernance.Domain.Ledger;

/// <summary>
/// An amount of yuan to the fen (分): a decimal with exactly two places, never a floating-point number, so every sum
/// of a ledger is exact. Amounts taken from outside go through <see cref="Of"/>, which refuses a third place.
/// </summary>
[GenerateSerializer, Immutable, Alias("governance.money")]
[JsonConverter(typeof(MoneyJsonConverter))]
public readonly record struct Money : IComparable<Money>
{
    /// <summary>One hundred million yuan (一亿): no entry of a compound's public revenue comes near it.</summary>
    public const decimal Largest = 100_000_000m;

    public Money(decimal yuan)
    {
        if (decimal.Round(yuan, 2) != yuan)
        {
            throw DomainRuleException.Invalid($"{yuan.ToString(CultureInfo.InvariantCulture)} yuan has more than two decimal places (fen).");
        }

        // Adding 0.00m gives every amount the scale 2, so 5 is stored and shown as 5.00.
        Yuan = yuan + 0.00m;
    }

    [Id(0)]
    public decimal Yuan { get; init; }

    public static Money Zero => new(0m);

    /// <summary>An amount an entry or a threshold names: more than zero, at most two places, not absurdly large.</summary>
    public static Money Of(decimal yuan, string field)
    {
        if (yuan <= 0)
        {
            throw DomainRuleException.Invalid($"{field} must be more than zero yuan.");
        }

        if (yuan > Largest)
        {
            throw DomainRuleException.Invalid($"{field} must be at most {Largest.ToString("0.00", CultureInfo.InvariantCulture)} yuan.");
        }

        return decimal.Round(yuan, 2) != yuan
            ? throw DomainRuleException.Invalid($"{field} {yuan.ToString(CultureInfo.InvariantCulture)} has more than two decimal places (fen).")
            : new Money(yuan);
    }

    public static Money operator +(Money a, Money b) => new(a.Yuan + b.Yuan);

    public static Money operator -(Money a, Money b) => new(a.Yuan - b.Yuan);

    public static Money operator -(Money a) => new(-a.Yuan);

    public static bool operator <(Money a, Money b) => a.Yuan < b.Yuan;

    public static bool operator >(Money a, Money b) => a.Yuan > b.Yuan;

    public static bool operator <=(Money a, Money b) => a.Yuan <= b.Yuan;

    public static bool operator >=(Money a, Money b) => a.Yuan >= b.Yuan;

    public static Money Sum(IEnumerable<Money> amounts) => amounts.Aggregate(Zero, (total, amount) => total + amount);

    public int CompareTo(Money other) => Yuan.CompareTo(other.Yuan);

    public override string ToString() => Yuan.ToString("0.00", CultureInfo.InvariantCulture);
}

/// <summary>Money as a JSON number with two places (12.50); a stored or sent amount with a third place is refused.</summary>
public sealed class MoneyJsonConverter : JsonConverter<Money>
{
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var yuan = reader.GetDecimal();
        try
        {
            return new Money(yuan);
        }
        catch (DomainRuleException invalid)
        {
            throw new JsonException(invalid.Message);
        }
    }

    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(value.Yuan);
}
