using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
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
    }

    public Task DisposeAsync() => _cluster.DisposeAsync();
}
