using OrleansGovernance.Api.Contracts;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Ledger;
using OrleansGovernance.Domain.Organisation;
using OrleansGovernance.Domain.Seals;

namespace OrleansGovernance.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class LedgerGrainTests(ClusterFixture fixture)
{
    private static readonly OwnersCommittee Committee = new([new CommitteeMember("Chair Su", true, CommitteeRole.Chair)]);

    private readonly IClusterClient _grains = fixture.Client;

    [Fact]
    public async Task An_approved_expense_reaches_the_compound_and_community_figures_and_a_pending_one_only_counts_as_pending()
    {
        var community = await Places.Community(_grains);
        var compound = await Places.Compound(_grains, community);
        await _grains.GetGrain<ICompoundGrain>(compound).SetFlags(dualSeal: false, bookkeeping: true);
        var ledger = _grains.GetGrain<ILedgerGrain>(compound);

        await ledger.Record(Income(20_000m), Places.Stamp("agent"));
        var repair = await ledger.Record(Expense(8_000m), Places.Stamp("agent"));
        await ledger.Record(Expense(9_000m), Places.Stamp("agent"));
        await ledger.Approve(repair.Number, ApprovingParty.OwnersCommittee, Places.Stamp("chair"));
        await ledger.Approve(repair.Number, ApprovingParty.Community, Places.Stamp("staff"));

        var funds = (await Eventually.Until(_grains.GetGrain<ICommunityGrain>(community).GetReport, r => r.Figures.Funds.Expense.Yuan == 8_000m)).ToSummary().Funds;
        Assert.Equal((1, 20_000m, 8_000m, 12_000m, 1), (funds.LedgerCompounds, funds.Revenue, funds.Expense, funds.Balance, funds.PendingApprovals));
    }

    [Fact]
    public async Task A_compound_without_bookkeeping_has_no_ledger_and_a_refused_write_stores_nothing()
    {
        var compound = await Places.Compound(_grains, await Places.Community(_grains));
        var ledger = _grains.GetGrain<ILedgerGrain>(compound);

        Assert.Equal(RuleViolation.NotFound, (await Assert.ThrowsAsync<DomainRuleException>(() => ledger.Record(Income(1m), Places.Stamp("agent")))).Violation);
        Assert.Equal(RuleViolation.NotFound, (await Assert.ThrowsAsync<DomainRuleException>(ledger.Get)).Violation);
        Assert.False(await fixture.IsStored<Ledger>("ledger", ledger.GetGrainId()));
    }

    [Fact]
    public async Task The_seal_register_counts_requests_refusals_and_uses_in_the_figures()
    {
        var community = await Places.Community(_grains);
        var compound = await Places.Compound(_grains, community, committee: Committee);
        await _grains.GetGrain<ICompoundGrain>(compound).SetFlags(dualSeal: true, bookkeeping: false);
        var register = _grains.GetGrain<ISealRegisterGrain>(compound);

        var used = await register.Request(new SealRequestDraft("Contract", "renew property service"), Places.Stamp("chair"));
        var refused = await register.Request(new SealRequestDraft("Guarantee", "a loan"), Places.Stamp("chair"));
        await register.Request(new SealRequestDraft("Notice", "the AGM"), Places.Stamp("chair"));
        await register.Approve(used.Number, Places.Stamp("staff"));
        await register.Use(used.Number, Places.Stamp("staff"));
        await register.Refuse(refused.Number, Places.Stamp("staff", "no assembly decision"));

        var funds = (await Eventually.Until(_grains.GetGrain<ICompoundGrain>(compound).GetReport, r => r.Figures.Funds.SealUses == 1 && r.Figures.Funds.SealRefused == 1)).ToSummary().Funds;
        Assert.Equal((1, 3, 1, 1, 1), (funds.SealCompounds, funds.SealRequests, funds.SealPending, funds.SealRefused, funds.SealUses));
    }

    private static LedgerEntryDraft Income(decimal amount) =>
        new(EntryKind.Income, LedgerCategory.Parking, new DateOnly(2026, 1, 5), amount, "Chengfa property", "PZ-1");

    private static LedgerEntryDraft Expense(decimal amount) =>
        new(EntryKind.Expense, LedgerCategory.Repairs, new DateOnly(2026, 1, 6), amount, "Lift service", "PZ-2");
}
