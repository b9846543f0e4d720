using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OrleansGovernance.Api.Access;
using Xunit.Abstractions;

namespace OrleansGovernance.Integration.Tests;

/// <summary>Ledger writes on a two-silo cluster over PostgreSQL while one silo is killed.</summary>
[Collection(PostgresCollection.Name)]
public sealed class LedgerFaultTests(PostgresFixture postgres, ITestOutputHelper output)
{
    private const string City = "faultcity";
    private const string Community = City + ".district.subdistrict.community";

    // Enough that no expense of the run is refused for want of a balance (no expense may take it below zero).
    private const decimal Opening = 50_000_000m;

    // Six bookkeeping compounds of the test's own, so their ledgers spread over both silos.
    private static readonly string[] Compounds = [.. Enumerable.Range(1, 6).Select(i => $"{Community}.compound-{i}")];

    [Fact]
    public async Task Killing_a_silo_while_entries_and_approvals_are_written_loses_no_acknowledged_one_and_posts_no_unapproved_expense()
    {
        await using var cluster = await SiloCluster.Start(await postgres.CreateDatabase(), size: 2, seed: false);
        using var admin = new Api(cluster.Front.BaseAddress);
        await DefinePlaces(admin);
        using var bookkeeper = new Api(cluster.Front.BaseAddress, TestTokens.For(Roles.Bookkeeper, City));
        using var committee = new Api(cluster.Front.BaseAddress, TestTokens.For(Roles.Committee, City));
        using var community = new Api(cluster.Front.BaseAddress, TestTokens.For(Roles.Staff, City));
        var entries = new ConcurrentBag<(string Compound, int Number, string Evidence, decimal Amount)>();
        var approvals = new ConcurrentBag<(string Compound, int Number, string Party)>();
        var failed = 0;

        async Task Write(int worker, CancellationToken stop)
        {
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                var compound = Compounds[(worker + n) % Compounds.Length];
                var evidence = $"FAULT-{worker}-{n}";
                var amount = n % 3 == 0 ? 6_000m + n : 10m + n;
                try
                {
                    var recorded = await bookkeeper.Post($"/api/v1/compounds/{compound}/ledger/entries", new
                    {
                        kind = "expense", category = "repairs", date = "2026-01-20", amount, counterparty = "Fault repairs", evidence,
                    });
                    if (recorded.StatusCode != HttpStatusCode.OK)
                    {
                        Interlocked.Increment(ref failed);
                        continue;
                    }

                    var number = (await recorded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetInt32();
                    entries.Add((compound, number, evidence, amount));
                    if (amount > 5_000m)
                    {
                        foreach (var (party, api) in new[] { ("ownersCommittee", committee), ("community", community) })
                        {
                            var approved = await api.Post($"/api/v1/compounds/{compound}/ledger/entries/{number}/approve", new { note = evidence });
                            if (approved.StatusCode == HttpStatusCode.OK)
                            {
                                approvals.Add((compound, number, party));
                            }
                        }
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    Interlocked.Increment(ref failed);
                }
            }
        }

        // The first entries go through the silo to be killed, so (placement preferring the caller's silo) the ledgers live there.
        using (var doomed = new Api(cluster.Silos[1].BaseAddress, TestTokens.For(Roles.Bookkeeper, City)))
        {
            foreach (var compound in Compounds)
            {
                var opened = await doomed.Post($"/api/v1/compounds/{compound}/ledger/entries", new
                {
                    kind = "income", category = "parking", date = "2026-01-02", amount = Opening, counterparty = "Opening", evidence = $"OPEN-{compound}",
                });
                opened.EnsureSuccessStatusCode();
                entries.Add((compound, (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetInt32(), $"OPEN-{compound}", Opening));
            }
        }

        using var stop = new CancellationTokenSource();
        var writing = Task.WhenAll(Enumerable.Range(0, 3).Select(worker => Write(worker, stop.Token)));
        await Task.Delay(TimeSpan.FromSeconds(3));
        cluster.Silos[1].Kill();
        await Task.Delay(TimeSpan.FromSeconds(12));
        await stop.CancelAsync();
        await writing;

        output.WriteLine($"acknowledged {entries.Count} entries and {approvals.Count} approvals; {failed} writes failed");
        Assert.True(entries.Count > 20, $"only {entries.Count} entries were acknowledged");
        var reader = admin;
        foreach (var compound in Compounds)
        {
            var ledger = await reader.JsonOnceAnswered($"/api/v1/compounds/{compound}/ledger/");
            var stored = ledger.GetProperty("entries").EnumerateArray().ToDictionary(e => e.GetProperty("number").GetInt32());
            foreach (var (_, number, evidence, amount) in entries.Where(e => e.Compound == compound))
            {
                Assert.Equal((evidence, amount), (stored[number].GetProperty("evidence").GetString(), stored[number].GetProperty("amount").GetDecimal()));
                Assert.Single(stored.Values, e => e.GetProperty("evidence").GetString() == evidence);
            }

            foreach (var (_, number, party) in approvals.Where(a => a.Compound == compound))
            {
                Assert.Contains(stored[number].GetProperty("approvals").EnumerateArray(), a => a.GetProperty("party").GetString() == party);
            }

            var posted = stored.Values.Where(e => e.GetProperty("status").GetString() == "posted").ToList();
            Assert.All(posted.Where(e => e.GetProperty("reverses").ValueKind == JsonValueKind.Null && e.GetProperty("kind").GetString() == "expense" && e.GetProperty("amount").GetDecimal() > 5_000m),
                e => Assert.Equal(2, e.GetProperty("approvals").EnumerateArray().Count(a => a.GetProperty("approved").GetBoolean())));
            var sum = posted.Sum(e => (e.GetProperty("kind").GetString() == "income" ? 1 : -1) * e.GetProperty("amount").GetDecimal());
            Assert.Equal(sum, ledger.GetProperty("balance").GetDecimal());
        }
    }

    private static async Task DefinePlaces(Api admin)
    {
        var district = $"{City}.district";
        var subdistrict = $"{district}.subdistrict";
        (await admin.Put($"/api/v1/regions/{City}", new { id = City, name = "Fault city", nameZh = "市", level = "city" })).EnsureSuccessStatusCode();
        (await admin.Put($"/api/v1/regions/{district}", new { id = district, name = "District", nameZh = "区", level = "district", parentId = City })).EnsureSuccessStatusCode();
        (await admin.Put($"/api/v1/regions/{subdistrict}", new { id = subdistrict, name = "Subdistrict", nameZh = "街道", level = "subdistrict", parentId = district })).EnsureSuccessStatusCode();
        (await admin.Put($"/api/v1/communities/{Community}", new { id = Community, name = "Community", nameZh = "社区", regionId = subdistrict })).EnsureSuccessStatusCode();
        foreach (var compound in Compounds)
        {
            (await admin.Put($"/api/v1/compounds/{compound}", new { id = compound, name = "Compound", nameZh = "小区", communityId = Community, households = 200, bookkeeping = true })).EnsureSuccessStatusCode();
        }
    }
}
