namespace OrleansGovernance.Domain.Ledger;

/// <summary>What a compound's figures need of its ledger: posted totals, and the expenses pending or refused.</summary>
[GenerateSerializer, Immutable, Alias("governance.ledger-facts")]
public sealed record LedgerFacts(
    [property: Id(0)] string CompoundId,
    [property: Id(1)] int Version,
    [property: Id(2)] Money Income,
    [property: Id(3)] Money Expense,
    [property: Id(4)] int PendingApprovals,
    [property: Id(5)] int RefusedExpenses);
