using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OrleansGovernance.Api.Access;
using static OrleansGovernance.Api.Tests.AccessPlatform;

namespace OrleansGovernance.Api.Tests;

/// <summary>
/// Only staff of the community act as the community in a compound's books; a staff token scoped to the compound
/// alone does not. The threshold has a ceiling, and no expense posts below zero.
/// </summary>
[Collection(AccessCollection.Name)]
public sealed class BooksAuthorityTests(AccessPlatform platform)
{
    private const string Ledger = $"/api/v1/compounds/{LedgerCompound}/ledger";
    private const string Seals = $"/api/v1/compounds/{LedgerCompound}/seal-requests";

    private HttpClient CompoundStaff => platform.As(Roles.Staff, "staff-ledger-court-only", LedgerCompound);

    [Fact]
    public async Task Staff_scoped_to_the_compound_alone_do_not_approve_refuse_or_set_the_threshold_for_the_community()
    {
        await platform.Ready();
        await Record(platform.Caller(Roles.Bookkeeper), "income", 30_000m);
        var number = await Record(platform.Caller(Roles.Bookkeeper), "expense", 9_000m);
        (await platform.Caller(Roles.Committee).PostAsJsonAsync($"{Ledger}/entries/{number}/approve", new { note = "ok" })).EnsureSuccessStatusCode();
        var before = await platform.Admin.GetStringAsync($"{Ledger}/");

        Assert.Equal(HttpStatusCode.Forbidden, (await CompoundStaff.PostAsJsonAsync($"{Ledger}/entries/{number}/approve", new { note = "as the community" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await CompoundStaff.PostAsJsonAsync($"{Ledger}/entries/{number}/refuse", new { note = "as the community" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await CompoundStaff.PutAsJsonAsync($"{Ledger}/threshold", new { amount = 100_000m })).StatusCode);

        Assert.Equal(before, await platform.Admin.GetStringAsync($"{Ledger}/"));
        (await platform.Caller(Roles.Staff).PostAsJsonAsync($"{Ledger}/entries/{number}/approve", new { note = "the community" })).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task Staff_scoped_to_the_compound_alone_do_not_keep_the_assembly_seal()
    {
        await platform.Ready();
        var asked = await platform.Caller(Roles.Committee).PostAsJsonAsync($"{Seals}/", new { document = "Lift agreement", purpose = "as resolved" });
        asked.EnsureSuccessStatusCode();
        var number = (await asked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetInt32();

        Assert.Equal(HttpStatusCode.Forbidden, (await CompoundStaff.PostAsJsonAsync($"{Seals}/{number}/approve", new { note = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await CompoundStaff.PostAsJsonAsync($"{Seals}/{number}/refuse", new { note = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await CompoundStaff.PostAsJsonAsync($"{Seals}/{number}/use", new { note = "x" })).StatusCode);
    }

    [Fact]
    public async Task A_threshold_above_a_million_yuan_is_refused()
    {
        await platform.Ready();
        var before = await platform.Admin.GetStringAsync($"{Ledger}/");

        var refused = await platform.Caller(Roles.Staff).PutAsJsonAsync($"{Ledger}/threshold", new { amount = 100_000_000m });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(before, await platform.Admin.GetStringAsync($"{Ledger}/"));
    }

    [Fact]
    public async Task An_expense_beyond_the_balance_is_refused_with_409_and_not_recorded()
    {
        await platform.Ready();
        const string compound = Community + ".overdraft-court";
        (await platform.Admin.PutAsJsonAsync($"/api/v1/compounds/{compound}", new
        {
            id = compound, name = "Overdraft Court", nameZh = "透支苑", communityId = Community, households = 80, bookkeeping = true,
        })).EnsureSuccessStatusCode();
        var bookkeeper = platform.As(Roles.Bookkeeper, "agent-overdraft", compound);
        var ledger = $"/api/v1/compounds/{compound}/ledger";
        (await bookkeeper.PostAsJsonAsync($"{ledger}/entries", Entry("income", 100m))).EnsureSuccessStatusCode();

        var refused = await bookkeeper.PostAsJsonAsync($"{ledger}/entries", Entry("expense", 100.01m));

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var book = await platform.Admin.GetFromJsonAsync<JsonElement>($"{ledger}/");
        Assert.Equal(100m, book.GetProperty("balance").GetDecimal());
        Assert.Equal(1, book.GetProperty("entries").GetArrayLength());
    }

    [Fact]
    public async Task Balances_hide_the_month_in_progress_from_those_who_read_only_published_statements()
    {
        await platform.Ready();
        await Record(platform.Caller(Roles.Bookkeeper), "income", 123.45m);
        var thisMonth = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

        var published = await platform.Caller(Roles.Viewer).GetFromJsonAsync<JsonElement>($"{Ledger}/balances");
        var full = await platform.Caller(Roles.Committee).GetFromJsonAsync<JsonElement>($"{Ledger}/balances");

        Assert.DoesNotContain(thisMonth, Periods(published));
        Assert.Contains(thisMonth, Periods(full));
        var closings = published.GetProperty("months").EnumerateArray().Select(m => m.GetProperty("closing").GetDecimal()).ToList();
        Assert.Equal(closings.Count == 0 ? 0m : closings[^1], published.GetProperty("balance").GetDecimal());
    }

    private static IEnumerable<string> Periods(JsonElement balances) =>
        balances.GetProperty("months").EnumerateArray().Select(m => m.GetProperty("period").GetString()!);

    private static object Entry(string kind, decimal amount) => new
    {
        kind,
        category = kind == "income" ? "parking" : "repairs",
        date = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        amount,
        counterparty = "Chengfa property",
        evidence = "PZ-1",
    };

    private static async Task<int> Record(HttpClient bookkeeper, string kind, decimal amount)
    {
        var recorded = await bookkeeper.PostAsJsonAsync($"{Ledger}/entries", Entry(kind, amount));
        recorded.EnsureSuccessStatusCode();
        return (await recorded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetInt32();
    }
}
