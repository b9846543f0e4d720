using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OrleansGovernance.Api.Access;
using static OrleansGovernance.Api.Tests.AccessPlatform;

namespace OrleansGovernance.Api.Tests;

/// <summary>The ledger and seal requests over HTTP, on the access platform's own ledger compound.</summary>
[Collection(AccessCollection.Name)]
public sealed class LedgerApiTests(AccessPlatform platform)
{
    private const string Ledger = $"/api/v1/compounds/{LedgerCompound}/ledger";

    private HttpClient Bookkeeper => platform.Caller(Roles.Bookkeeper);

    private HttpClient Committee => platform.Caller(Roles.Committee);

    private HttpClient Community => platform.Caller(Roles.Staff);

    [Fact]
    public async Task An_expense_above_the_threshold_reaches_the_balance_once_both_approve_and_the_summary_follows()
    {
        await platform.Ready();
        await Record(Income(7_654.32m));
        var number = await Record(Expense(7_654.32m));
        var before = await Read();
        Assert.Equal("pending", Entry(before, number).GetProperty("status").GetString());

        (await Committee.PostAsJsonAsync($"{Ledger}/entries/{number}/approve", new { note = "quote compared" })).EnsureSuccessStatusCode();
        Assert.Equal(Balance(before), Balance(await Read()));
        var posted = await Community.PostAsJsonAsync($"{Ledger}/entries/{number}/approve", new { note = "in the repair plan" });
        posted.EnsureSuccessStatusCode();

        Assert.Equal("posted", (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        var after = await Read();
        Assert.Equal(Balance(before) - 7_654.32m, Balance(after));
        await Eventually.Until(
            async () => JsonDocument.Parse(await platform.Admin.GetStringAsync($"/api/v1/compounds/{LedgerCompound}/summary")).RootElement.GetProperty("funds").GetProperty("balance").GetDecimal(),
            balance => balance == Balance(after));
    }

    [Fact]
    public async Task Two_approvers_acting_at_once_post_an_expense_once_and_one_party_approving_twice_at_once_counts_once()
    {
        await platform.Ready();
        for (var round = 0; round < 5; round++)
        {
            await Record(Income(6_000m + round));
            var number = await Record(Expense(6_000m + round));
            var before = Balance(await Read());

            var answers = await Task.WhenAll(
                Committee.PostAsJsonAsync($"{Ledger}/entries/{number}/approve", new { note = "yes" }),
                Community.PostAsJsonAsync($"{Ledger}/entries/{number}/approve", new { note = "yes" }),
                Committee.PostAsJsonAsync($"{Ledger}/entries/{number}/approve", new { note = "yes again" }));

            // The committee's two approvals race each other: whichever the ledger takes first counts, the other conflicts.
            Assert.Equal(HttpStatusCode.OK, answers[1].StatusCode);
            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], new[] { answers[0], answers[2] }.Select(a => a.StatusCode).Order());
            var entry = Entry(await Read(), number);
            Assert.Equal("posted", entry.GetProperty("status").GetString());
            Assert.Equal(2, entry.GetProperty("approvals").GetArrayLength());
            Assert.Equal(before - (6_000m + round), Balance(await Read()));
        }
    }

    [Fact]
    public async Task Bad_amounts_unknown_categories_and_approvals_by_the_wrong_role_are_refused_and_change_nothing()
    {
        await platform.Ready();
        var pending = await Record(Expense(9_999m));
        var before = await platform.Admin.GetStringAsync($"{Ledger}/");

        foreach (var (body, status) in new (string, HttpStatusCode)[]
        {
            ("""{"kind":"income","category":"parking","date":"2026-01-15","amount":-10.00,"counterparty":"x","evidence":"e"}""", HttpStatusCode.BadRequest),
            ("""{"kind":"income","category":"parking","date":"2026-01-15","amount":10.005,"counterparty":"x","evidence":"e"}""", HttpStatusCode.BadRequest),
            ("""{"kind":"income","category":"lottery","date":"2026-01-15","amount":10.00,"counterparty":"x","evidence":"e"}""", HttpStatusCode.BadRequest),
            ("""{"kind":"income","category":"repairs","date":"2026-01-15","amount":10.00,"counterparty":"x","evidence":"e"}""", HttpStatusCode.BadRequest),
        })
        {
            var refused = await Bookkeeper.PostAsync($"{Ledger}/entries", new StringContent(body, Encoding.UTF8, "application/json"));
            Assert.Equal(status, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        }

        foreach (var wrong in new[] { Roles.Bookkeeper, Roles.Property, Roles.Resident, Roles.Admin, "staff-elsewhere" })
        {
            var refused = await platform.Caller(wrong).PostAsJsonAsync($"{Ledger}/entries/{pending}/approve", new { note = "me too" });
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        Assert.Equal(before, await platform.Admin.GetStringAsync($"{Ledger}/"));
    }

    [Fact]
    public async Task Each_party_sees_what_its_role_allows_and_owners_read_only_published_months()
    {
        await platform.Ready();
        var pending = await Record(Expense(8_888m));
        var thisMonth = Domain.ChinaTime.Date(DateTimeOffset.UtcNow);
        var today = await Record(Income(12.34m) with { date = thisMonth.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });

        var full = await Read(Committee);
        var posted = await Read(platform.Caller(Roles.Property));
        var published = await Read(platform.Caller(Roles.Resident));

        Assert.Equal(["full", "posted", "published"], new[] { full, posted, published }.Select(v => v.GetProperty("sight").GetString()));
        Assert.True(Has(full, pending) && Has(full, today));
        Assert.True(!Has(posted, pending) && Has(posted, today));
        Assert.True(!Has(published, pending) && !Has(published, today));
        var month = $"{thisMonth:yyyy-MM}";
        Assert.Equal(HttpStatusCode.NotFound, (await platform.Caller(Roles.Resident).GetAsync($"{Ledger}/statements/{month}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Bookkeeper.GetAsync($"{Ledger}/statements/{month}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await platform.Caller(Roles.Resident).GetAsync($"{Ledger}/statements/2026-01")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await platform.Caller(Roles.Resident).GetAsync($"{Ledger}/statements/2026-13")).StatusCode);
    }

    [Fact]
    public async Task A_reversal_is_exported_as_a_negative_number_naming_the_entry_it_reverses()
    {
        await platform.Ready();
        var original = await Record(Income(432.10m));
        var reversed = await Bookkeeper.PostAsJsonAsync($"{Ledger}/entries/{original}/reverse", new { note = "recorded twice" });
        reversed.EnsureSuccessStatusCode();
        var reversal = (await reversed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetInt32();

        var rows = Csv.Parse((await platform.Admin.GetStringAsync($"/api/v1/exports/ledger.csv?compound={LedgerCompound}")).TrimStart('\uFEFF'));

        var header = rows[0];
        var row = rows.Single(r => r[Array.IndexOf(header, "number")] == $"{reversal}");
        Assert.Equal("-432.10", row[Array.IndexOf(header, "amount")]);
        Assert.Equal($"{original}", row[Array.IndexOf(header, "reverses")]);
        Assert.Equal(HttpStatusCode.Conflict, (await Bookkeeper.PostAsJsonAsync($"{Ledger}/entries/{original}/reverse", new { note = "again" })).StatusCode);
    }

    [Fact]
    public async Task The_seal_is_used_only_on_an_approved_request_and_every_step_is_in_the_log()
    {
        await platform.Ready();
        var seals = $"/api/v1/compounds/{LedgerCompound}/seal-requests";
        var asked = await Committee.PostAsJsonAsync(seals, new { document = "Property service contract 2027", purpose = "renew with Chengfa property" });
        asked.EnsureSuccessStatusCode();
        var number = (await asked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetInt32();

        Assert.Equal(HttpStatusCode.Conflict, (await Community.PostAsJsonAsync($"{seals}/{number}/use", new { note = "too early" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Committee.PostAsJsonAsync($"{seals}/{number}/use", new { note = "alone" })).StatusCode);
        (await Community.PostAsJsonAsync($"{seals}/{number}/approve", new { note = "assembly resolution 2026-3" })).EnsureSuccessStatusCode();
        (await Community.PostAsJsonAsync($"{seals}/{number}/use", new { note = "two copies" })).EnsureSuccessStatusCode();

        var rows = Csv.Parse((await platform.Caller(Roles.Resident).GetStringAsync($"/api/v1/exports/seal-log.csv?compound={LedgerCompound}")).TrimStart('\uFEFF'));
        var header = rows[0];
        Assert.Equal(
            ["requested committee-matrix", "approved staff-fangzhi", "used staff-fangzhi"],
            rows.Skip(1).Where(r => r[Array.IndexOf(header, "request")] == $"{number}").Select(r => $"{r[Array.IndexOf(header, "action")]} {r[Array.IndexOf(header, "by")]}"));
    }

    private static object Expense(decimal amount) =>
        new { kind = "expense", category = "repairs", date = "2026-02-10", amount, counterparty = "Xiamen lift service", evidence = "PZ-2026-02-010", note = "lift 2" };

    private static IncomeBody Income(decimal amount) => new("income", "parking", "2026-02-10", amount, "Chengfa property", "PZ-2026-02-011");

    private async Task<int> Record(object entry)
    {
        var recorded = await Bookkeeper.PostAsJsonAsync($"{Ledger}/entries", entry);
        Assert.True(recorded.IsSuccessStatusCode, await recorded.Content.ReadAsStringAsync());
        return (await recorded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetInt32();
    }

    private async Task<JsonElement> Read(HttpClient? client = null) =>
        JsonDocument.Parse(await (client ?? platform.Admin).GetStringAsync($"{Ledger}/")).RootElement;

    private static decimal Balance(JsonElement ledger) => ledger.GetProperty("balance").GetDecimal();

    private static JsonElement Entry(JsonElement ledger, int number) =>
        ledger.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("number").GetInt32() == number);

    private static bool Has(JsonElement ledger, int number) =>
        ledger.GetProperty("entries").EnumerateArray().Any(e => e.GetProperty("number").GetInt32() == number);

    private sealed record IncomeBody(string kind, string category, string date, decimal amount, string counterparty, string evidence);
}
