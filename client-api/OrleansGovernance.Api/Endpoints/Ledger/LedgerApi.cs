using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrleansGovernance.Api.Contracts;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Api.Access;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Ledger;

namespace OrleansGovernance.Api.Endpoints.Ledger;

/// <summary>
/// A compound's public-revenue ledger: the bookkeeping agent records and reverses entries, the owners' committee and
/// the community approve or refuse expenses above the threshold, everyone reads what their role allows.
/// </summary>
public static class LedgerApi
{
    public static RouteGroupBuilder MapLedgerApi(this RouteGroupBuilder api)
    {
        var ledger = api.MapGroup("/compounds/{id}/ledger").WithTags("Ledger");
        ledger.MapGet("/", async (string id, Caller caller, IGrainFactory grains, TimeProvider clock) =>
                LedgerView.Of(await Ledger(grains, id).Get(), caller.SightOf(id), clock.GetUtcNow()))
            .WithName("GetLedger")
            .WithSummary("The ledger as the caller may see it")
            .WithDescription("Its bookkeeping agent, owners' committee, community staff and admins see every entry (pending and refused too); its property company the posted entries; everyone else the posted entries of ended months, as published. Amounts are yuan with two decimal places.");
        ledger.MapGet("/balances", async (string id, Caller caller, IGrainFactory grains, TimeProvider clock) =>
            {
                // Counted over what the caller may see, so the month in progress stays with the ledger's parties.
                var book = await Ledger(grains, id).Get();
                var posted = LedgerView.Visible(book, caller.SightOf(id), clock.GetUtcNow()).Where(e => e.IsPosted).ToList();
                var years = LedgerPeriods.Years(posted);
                return new LedgerBalances(
                    book.CompoundId,
                    years.Count == 0 ? Money.Zero : years[^1].Closing,
                    [.. years.Select(PeriodBalanceView.Of)],
                    [.. LedgerPeriods.Months(posted).Select(PeriodBalanceView.Of)]);
            })
            .WithName("GetLedgerBalances")
            .WithSummary("Posted income, expense and closing balance per year and per month")
            .WithDescription("Of the entries the caller may see (as GET …/ledger): the owners and everyone else see the months that have ended.");
        ledger.MapGet("/statements/{month}", async (string id, string month, Caller caller, IGrainFactory grains, TimeProvider clock) =>
            {
                var (year, number) = Month(month);
                var statement = MonthlyStatement.Of(await Ledger(grains, id).Get(), year, number, clock.GetUtcNow());
                return statement.Published || caller.SightOf(id) != LedgerSight.Published
                    ? MonthlyStatementView.Of(statement)
                    : throw DomainRuleException.NotFound("published statement", $"{id}/{month}");
            })
            .WithName("GetLedgerStatement")
            .WithSummary("The monthly statement (yyyy-MM) the owners read")
            .WithDescription("Published once the month has ended (China time); the ledger's parties may read the month in progress.");
        ledger.MapPut("/threshold", async (string id, ThresholdRequest request, Caller caller, IGrainFactory grains, TimeProvider clock) =>
            {
                await caller.RequireActsForCommunityOf(grains, id);
                var book = await Ledger(grains, id).SetThreshold(request.Amount, caller.Stamp(clock, request.Note));
                return LedgerView.Of(book, caller.SightOf(id), clock.GetUtcNow());
            })
            .RequireAuthorization(AccessPolicy.Keep)
            .WithSummary("Sets the amount above which an expense needs the committee's and the community's approval");
        ledger.MapPost("/entries", async (string id, LedgerEntryRequest draft, Caller caller, IGrainFactory grains, TimeProvider clock) =>
                LedgerEntryView.Of(await Acting(caller, grains, id).Record(draft.ToDomain(), caller.Stamp(clock, null))))
            .RequireAuthorization(AccessPolicy.Book)
            .WithSummary("Records an income or expense; an expense above the threshold waits for both approvals");
        ledger.MapPost("/entries/{number}/approve", async (string id, int number, ActorRequest request, Caller caller, IGrainFactory grains, TimeProvider clock) =>
                LedgerEntryView.Of(await (await Approving(caller, grains, id)).Approve(number, caller.PartyOf(), caller.Stamp(clock, request.Note))))
            .RequireAuthorization(AccessPolicy.ApproveExpense)
            .WithSummary("Approves a pending expense for the caller's party (committee or community); the second approval posts it");
        ledger.MapPost("/entries/{number}/refuse", async (string id, int number, ActorRequest request, Caller caller, IGrainFactory grains, TimeProvider clock) =>
                LedgerEntryView.Of(await (await Approving(caller, grains, id)).Refuse(number, caller.PartyOf(), caller.Stamp(clock, request.Note))))
            .RequireAuthorization(AccessPolicy.ApproveExpense)
            .WithSummary("Refuses a pending expense (a note gives the reason); it never reaches the balance");
        ledger.MapPost("/entries/{number}/reverse", async (string id, int number, ActorRequest request, Caller caller, IGrainFactory grains, TimeProvider clock) =>
                LedgerEntryView.Of(await Acting(caller, grains, id).Reverse(number, caller.Stamp(clock, request.Note))))
            .RequireAuthorization(AccessPolicy.Book)
            .WithSummary("Corrects a posted entry by posting its opposite (a note gives the reason); answers the reversing entry");
        return api;
    }

    internal static ILedgerGrain Ledger(IGrainFactory grains, string id) =>
        grains.GetGrain<ILedgerGrain>(Ids.Place(id, "ledger"));

    /// <summary>The ledger, once the caller is known to act for its compound.</summary>
    private static ILedgerGrain Acting(Caller caller, IGrainFactory grains, string id)
    {
        var ledger = Ledger(grains, id);
        caller.RequireCovers(id);
        return ledger;
    }

    /// <summary>The ledger, once the caller is known to approve for its party: the committee of the compound, or staff of its community.</summary>
    private static async Task<ILedgerGrain> Approving(Caller caller, IGrainFactory grains, string id)
    {
        var ledger = Ledger(grains, id);
        await caller.RequireActsForCommunityOf(grains, id);
        return ledger;
    }

    private static (int Year, int Month) Month(string month) =>
        DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
            ? (first.Year, first.Month)
            : throw DomainRuleException.Invalid($"month '{month}' is not a month written yyyy-MM.");
}
