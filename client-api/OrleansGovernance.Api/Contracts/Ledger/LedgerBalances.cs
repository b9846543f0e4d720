using OrleansGovernance.Domain.Ledger;

namespace OrleansGovernance.Api.Contracts;

public sealed record LedgerBalances(string CompoundId, Money Balance, IReadOnlyList<PeriodBalanceView> Years, IReadOnlyList<PeriodBalanceView> Months);
