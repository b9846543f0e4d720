namespace OrleansGovernance.Domain.Ledger;

/// <summary>An income or expense as the bookkeeping agent records it; the amount is positive, its kind says which way it goes.</summary>
[GenerateSerializer, Immutable, Alias("governance.ledger-entry-draft")]
public sealed record LedgerEntryDraft(
    [property: Id(0)] EntryKind Kind,
    [property: Id(1)] LedgerCategory Category,
    [property: Id(2)] DateOnly Date,
    [property: Id(3)] decimal Amount,
    [property: Id(4)] string Counterparty,
    [property: Id(5)] string Evidence,
    [property: Id(6)] string? Note = null)
{
    /// <summary>The amount once checked, and the entry's date, which may not lie after <paramref name="today"/>.</summary>
    public Money Validate(DateOnly today)
    {
        Require.Defined(Kind, "kind");
        Require.Defined(Category, "category");
        if (LedgerCategories.KindOf(Category) != Kind)
        {
            throw DomainRuleException.Invalid($"category '{Category}' is not a category of {Kind.ToString().ToLowerInvariant()}.");
        }

        Require.Date(Date, "date");
        if (Date > today)
        {
            throw DomainRuleException.Invalid($"date {Date:yyyy-MM-dd} lies in the future; record an entry once it happened.");
        }

        Require.Text(Counterparty, "counterparty", 200);
        Require.Text(Evidence, "evidence", 200);
        Require.OptionalText(Note, "note", Stamp.MaxNoteLength);
        return Money.Of(Amount, "amount");
    }
}
