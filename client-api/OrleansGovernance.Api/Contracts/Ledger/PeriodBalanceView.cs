using OrleansGovernance.Domain.Ledger;

namespace OrleansGovernance.Api.Contracts;

/// <summary>PeriodBalance as the API shows it.</summary>
public sealed record PeriodBalanceView(string Period, Money Income, Money Expense, Money Net, Money Closing)
{
    public static PeriodBalanceView Of(PeriodBalance source) => new(source.Period, source.Income, source.Expense, source.Net, source.Closing);
}
