using System.Net.Http.Headers;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Api.Access;
using OrleansGovernance.Bench.Conventional;
using OrleansGovernance.Bench.Intake;
using OrleansGovernance.Bench.Platform;
using OrleansGovernance.Bench.Synthetic;
using OrleansGovernance.Testing;

namespace OrleansGovernance.Bench.Reads;

/// <summary>
/// Dashboard reads, idle and while filings arrive, on one silo over PostgreSQL holding a generated city: first the
/// silo's maximum intake (as many filings as <see cref="ReadsOptions.IntakeConcurrency"/> clients get through), then
/// the city's and its communities' figures read with nothing else running (the baseline), then read again while
/// filings arrive at half that maximum, each with the silo's garbage-collection pauses. The platform holds the city's
/// places with the first few tickets of each compound: a place grain's read returns the snapshot it holds, whatever
/// the count below it. Optionally beside it the conventional service (SQL aggregates over its tickets table at the
/// time of the read, every generated ticket loaded) under its own maximum intake.
/// </summary>
public sealed class ReadsBenchmark(ReadsOptions options, Action<string>? log = null)
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan SettleTimeout = TimeSpan.FromMinutes(20);

    public async Task<ReadsResult> Run(PostgresServer postgres)
    {
        Log("platform: generating the city and loading its places, with the first tickets of each compound");
        var clusterId = $"reads-{Guid.NewGuid():N}"[..16];
        var platformDatabase = await postgres.CreateDatabase();
        var compounds = new List<string>();
        long platformTickets = 0;
        await new GrainStateLoader(platformDatabase, clusterId).Load(FirstTickets(Generated()), place =>
        {
            if (place is SyntheticCompound compound)
            {
                compounds.Add(compound.Id);
                platformTickets += compound.Tickets.Count;
            }
        });
        var city = CityOf(compounds);
        var (maximum, phases) = await Platform(platformDatabase, clusterId, city);

        if (options.SqlTicketsPerCompound <= 0)
        {
            return new ReadsResult(options, city.Id, city.Compounds.Count, platformTickets, maximum, phases, null);
        }

        Log($"conventional: generating the same city again and loading every ticket ({city.Compounds.Count:N0} compounds)");
        var sqlDatabase = await postgres.CreateDatabase();
        var sqlLoad = await new RelationalTicketLoader(sqlDatabase, new ConventionalTicketTable()).Load(Generated());
        Log($"conventional: {sqlLoad.Rows:N0} rows at {sqlLoad.RowsPerSecond:N0} rows/s");
        return new ReadsResult(options, city.Id, city.Compounds.Count, platformTickets, maximum, phases, new SqlBaseline(sqlLoad, await Conventional(sqlDatabase, city)));
    }

    /// <summary>
    /// The city, generated from the seed: the same places (and tickets) every time. The tickets drawn change the places
    /// drawn after them, so both sides take theirs from the same draw, the SQL baseline's when there is one.
    /// </summary>
    private IEnumerable<SyntheticPlace> Generated() =>
        new CountryGenerator(options.City(options.SqlTicketsPerCompound > 0 ? options.SqlTicketsPerCompound : options.PlatformTicketsPerCompound)).Places();

    private IEnumerable<SyntheticPlace> FirstTickets(IEnumerable<SyntheticPlace> places) =>
        places.Select(place => place is SyntheticCompound compound
            ? compound with { Tickets = [.. compound.Tickets.Take((int)Math.Ceiling(options.PlatformTicketsPerCompound))] }
            : place);

    private async Task<ReadPhase> Conventional(string database, GeneratedCity city)
    {
        await using var service = await ConventionalServiceProcess.Start(database, StartTimeout);
        Log("conventional: reads under its maximum intake");
        using var http = Client();
        var intake = new Measured("filings");
        var filings = new HttpFilings(http, [service.BaseAddress], "/tickets", city.Compounds, TestTokens.For(Roles.Resident));
        var (cityReads, communityReads) = (new Measured("conventional: city figures (SQL aggregates)"), new Measured("conventional: community figures (SQL aggregates)"));
        await Task.WhenAll(
            intake.Run(options.IntakeConcurrency, options.WarmUp, options.Duration, filings.File),
            Reads(http, service.BaseAddress, cityReads, _ => $"/figures/city/{city.Id}", communityReads, community => $"/figures/community/{community}", city));
        return new ReadPhase("conventional, under its maximum intake", cityReads, communityReads, intake, null);
    }

    private async Task<(Measured Maximum, List<ReadPhase> Phases)> Platform(string database, string clusterId, GeneratedCity city)
    {
        await using var silo = await PlatformSiloProcess.Start(new SiloSettings("postgres", database, clusterId) { Seed = false }, SiloFeatures.All, StartTimeout);
        await using var client = await OrleansClient.Connect(database, clusterId);
        Log("platform: activating the city (every place below it)");
        await Eventually.Until(() => client.Cluster.GetGrain<IRegionGrain>(city.Id).GetReport(), r => r.Figures.Organisation.Compounds == city.Compounds.Count, SettleTimeout);
        using var http = Client();
        var filings = new HttpFilings(http, [silo.BaseAddress], "/api/v1/tickets", city.Compounds, TestTokens.For(Roles.Resident), idempotencyKeys: true);

        Log("platform: its maximum intake");
        var maximum = new Measured("filings, as many as the clients get through");
        await maximum.Run(options.IntakeConcurrency, options.WarmUp, options.Duration, filings.File);

        Log("platform: reads, idle");
        var idle = await PlatformReads(http, silo, city, "idle (baseline)", null);
        var half = maximum.PerSecond / 2;
        Log($"platform: reads under {half:F0} filings/s");
        var loaded = await PlatformReads(http, silo, city, $"while filings arrive at half the maximum ({half:F0}/s offered)", new Measured("filings at half the maximum"), half, filings);
        return (maximum, [idle, loaded]);
    }

    private async Task<ReadPhase> PlatformReads(HttpClient http, PlatformSiloProcess silo, GeneratedCity city, string name, Measured? intake, double rate = 0, HttpFilings? filings = null)
    {
        var (cityReads, communityReads) = (new Measured("platform: city figures (region grain)"), new Measured("platform: community figures (community grain)"));
        var spent = SiloInterval.Measure([silo], http, postgresPort: 0, options.WarmUp, options.Duration);
        await Task.WhenAll(
            intake is null || filings is null ? Task.CompletedTask : intake.RunAt(rate, options.IntakeConcurrency, options.WarmUp, options.Duration, filings.File),
            Reads(http, silo.BaseAddress, cityReads, _ => $"/api/v1/regions/{city.Id}/summary", communityReads, community => $"/api/v1/communities/{community}/summary", city));
        return new ReadPhase(name, cityReads, communityReads, intake, await spent);
    }

    /// <summary>Readers of the city's and of random communities' figures, measured over the same interval as the load beside them.</summary>
    private Task Reads(HttpClient http, Uri target, Measured cityReads, Func<string, string> cityPath, Measured communityReads, Func<string, string> communityPath, GeneratedCity city)
    {
        var viewer = TestTokens.For(Roles.Viewer);
        return Task.WhenAll(
            cityReads.Run(options.ReadersPerLevel, options.WarmUp, options.Duration, (_, _) => Read(http, target, cityPath(city.Id), viewer)),
            communityReads.Run(options.ReadersPerLevel, options.WarmUp, options.Duration, (_, _) =>
                Read(http, target, communityPath(city.Communities[Random.Shared.Next(city.Communities.Count)]), viewer)));
    }

    private static HttpClient Client()
    {
        var http = HttpFilings.Client();
        http.Timeout = TimeSpan.FromMinutes(10);
        return http;
    }

    private static async Task<string?> Read(HttpClient http, Uri target, string path, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(target, path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        try
        {
            using var response = await http.SendAsync(request);
            await response.Content.ReadAsByteArrayAsync();
            return response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode}";
        }
        catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException)
        {
            return failure.GetType().Name;
        }
    }

    /// <summary>The generated city with the most compounds (with this shape, every place falls in one city), its communities and compounds.</summary>
    private static GeneratedCity CityOf(IEnumerable<string> compounds)
    {
        var city = compounds.Select(id => (Id: id, Places: ConventionalSchema.Ancestors(id)!.Value)).GroupBy(c => c.Places.City).MaxBy(g => g.Count())!;
        return new GeneratedCity(city.Key, [.. city.Select(c => c.Places.Community).Distinct()], [.. city.Select(c => c.Id)]);
    }

    private void Log(string line) => log?.Invoke($"[{DateTime.UtcNow:HH:mm:ss}] {line}");

    private sealed record GeneratedCity(string Id, List<string> Communities, List<string> Compounds);
}
