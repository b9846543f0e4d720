using OrleansGovernance.Api.Contracts;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Silo.Seeding;

namespace OrleansGovernance.Grains.Tests;

/// <summary>A two-silo cluster seeded with Xinglin, its synthetic history running up to a fixed day.</summary>
public sealed class SeededXinglinFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Until = new(2026, 11, 26, 12, 0, 0, TimeSpan.FromHours(8));

    private readonly ClusterFixture _cluster = new();

    public IClusterClient Client => _cluster.Client;

    public SeedOptions Options { get; } = new() { Until = Until, TicketsPerCompoundPerMonth = 0.5 };

    public Task Seed() =>
        new XinglinSeeder(Client, Microsoft.Extensions.Options.Options.Create(Options), TimeProvider.System, NullLogger<XinglinSeeder>.Instance)
            .StartAsync(CancellationToken.None);

    public async Task InitializeAsync()
    {
        await _cluster.InitializeAsync();
        await Seed();
        await Settled();
    }

    /// <summary>Waits until the seeded history has reached the city's figures.</summary>
    public async Task Settled()
    {
        var seeded = XinglinSeeder.Build(SeedFile.LoadEmbedded(), Options, Until);
        bool Reached(PlaceReport r) =>
            r.Figures.Requests.Submitted == seeded.Tickets.Count && r.Figures.Plans.Plans == seeded.Plans.Count
            && r.Figures.Organisation.CompoundBranches == 97
            && r.Figures.Funds.LedgerCompounds == seeded.Ledgers.Count && r.Figures.Funds.SealCompounds == seeded.Seals.Count
            && r.Figures.Activity.JointMeetings + r.Figures.Activity.CouncilMeetings == seeded.Communities.Values.Sum(c => c.Meetings.Count);
        var city = await Eventually.Until(Client.GetGrain<IRegionGrain>("xiamen").GetReport, Reached, TimeSpan.FromSeconds(60));
        if (!Reached(city))
        {
            throw new TimeoutException($"the seeded history did not reach the city's figures within 60 s: {city.ToSummary()}");
        }
    }

    public Task DisposeAsync() => _cluster.DisposeAsync();
}
