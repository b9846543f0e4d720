using System.Net.Http.Headers;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Api.Access;
using OrleansGovernance.Bench.Conventional;
using OrleansGovernance.Bench.Intake;
using OrleansGovernance.Bench.Synthetic;
using OrleansGovernance.Testing;

namespace OrleansGovernance.Bench.Reads;

/// <summary>
/// Dashboard reads while filings arrive: a city's and its communities' figures, from the platform (three silos, each
/// answering from the place grain's snapshot) beside the conventional service (SQL aggregates over its tickets table
/// at the time of the read). Both hold the same generated city. The conventional table gets every generated ticket
/// (10 million by default); the platform gets the same places with the first few tickets of each compound, because
/// loading and activating 10 million ticket states takes longer than a benchmark run on this machine, and because a
/// place grain's read costs the same whatever the count below it: it returns the snapshot it holds.
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

        Log($"conventional: generating the same city again and loading every ticket ({city.Compounds.Count:N0} compounds)");
        var sqlDatabase = await postgres.CreateDatabase();
        var sqlLoad = await new RelationalTicketLoader(sqlDatabase, new ConventionalTicketTable()).Load(Generated());
        Log($"conventional: {sqlLoad.Rows:N0} rows at {sqlLoad.RowsPerSecond:N0} rows/s");
        var (sqlCity, sqlCommunity, sqlIntake) = await Conventional(sqlDatabase, city);
        var (platformCity, platformCommunity, platformIntake) = await Platform(platformDatabase, clusterId, city);
        return new ReadsResult(options, city.Id, sqlLoad.Rows, sqlLoad, sqlCity, sqlCommunity, sqlIntake, platformTickets, platformCity, platformCommunity, platformIntake);
    }

    /// <summary>The city, generated from the seed: the same places (and tickets) every time.</summary>
    private IEnumerable<SyntheticPlace> Generated() => new CountryGenerator(options.City(options.SqlTicketsPerCompound)).Places();

    private IEnumerable<SyntheticPlace> FirstTickets(IEnumerable<SyntheticPlace> places) =>
        places.Select(place => place is SyntheticCompound compound
            ? compound with { Tickets = [.. compound.Tickets.Take((int)Math.Ceiling(options.PlatformTicketsPerCompound))] }
            : place);

    private async Task<(Measured City, Measured Community, Measured Intake)> Conventional(string database, GeneratedCity city)
    {
        await using var service = await ConventionalServiceProcess.Start(database, StartTimeout);
        Log("conventional: reads under intake");
        return await ReadUnderIntake(
            [service.BaseAddress], "/tickets", city,
            new Measured("conventional: city figures (SQL aggregates)"), _ => $"/figures/city/{city.Id}",
            new Measured("conventional: community figures (SQL aggregates)"), community => $"/figures/community/{community}");
    }

    private async Task<(Measured City, Measured Community, Measured Intake)> Platform(string database, string clusterId, GeneratedCity city)
    {
        var first = new SiloSettings("postgres", database, clusterId) { Seed = false };
        await using var cluster = await ThreeSilos.Start(first, StartTimeout, Log);
        await using var client = await OrleansClient.Connect(database, clusterId);
        Log("platform: activating the city (every place below it)");
        await Eventually.Until(() => client.Cluster.GetGrain<IRegionGrain>(city.Id).GetReport(), r => r.Figures.Organisation.Compounds == city.Compounds.Count, SettleTimeout);
        Log("platform: reads under intake");
        return await ReadUnderIntake(
            cluster.Api, "/api/v1/tickets", city,
            new Measured("platform: city figures (region grain)"), _ => $"/api/v1/regions/{city.Id}/summary",
            new Measured("platform: community figures (community grain)"), community => $"/api/v1/communities/{community}/summary");
    }

    /// <summary>Filings at a steady concurrency, and beside them readers of the city's and of random communities' figures, all measured over the same interval.</summary>
    private async Task<(Measured City, Measured Community, Measured Intake)> ReadUnderIntake(
        IReadOnlyList<Uri> targets, string filingPath, GeneratedCity city, Measured cityReads, Func<string, string> cityPath, Measured communityReads, Func<string, string> communityPath)
    {
        using var http = HttpFilings.Client();
        http.Timeout = TimeSpan.FromMinutes(10);
        var intake = new Measured("filings");
        var filings = new HttpFilings(http, targets, filingPath, city.Compounds, TestTokens.For(Roles.Resident));
        var viewer = TestTokens.For(Roles.Viewer);
        await Task.WhenAll(
            intake.Run(options.IntakeConcurrency, options.WarmUp, options.Duration, filings.File),
            cityReads.Run(options.ReadersPerLevel, options.WarmUp, options.Duration, (worker, n) => Read(http, targets[(int)((worker + n) % targets.Count)], cityPath(city.Id), viewer)),
            communityReads.Run(options.ReadersPerLevel, options.WarmUp, options.Duration, (worker, n) =>
                Read(http, targets[(int)((worker + n) % targets.Count)], communityPath(city.Communities[Random.Shared.Next(city.Communities.Count)]), viewer)));
        return (cityReads, communityReads, intake);
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
