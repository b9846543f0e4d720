using OrleansGovernance.Domain.Ledger;

namespace OrleansGovernance.Api.Contracts;

/// <summary>Approval as the API shows it.</summary>
public sealed record ApprovalView(
    ApprovingParty Party,
    bool Approved,
    string By,
    DateTimeOffset At,
    string? Note)
{
    public static ApprovalView Of(Approval source) => new(
        source.Party,
        source.Approved,
        source.By,
        source.At,
        source.Note);
}
