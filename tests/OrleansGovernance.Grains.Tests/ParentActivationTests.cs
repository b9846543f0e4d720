using Microsoft.Extensions.DependencyInjection;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Testing;
using OrleansGovernance.Abstractions.Stores;

namespace OrleansGovernance.Grains.Tests;

public sealed class ParentActivationTests
{
    [Fact]
    public async Task A_city_answers_at_once_while_a_compound_below_it_cannot_load_and_counts_it_once_it_can()
    {
        var cluster = new ClusterFixture(silos: 1, policy: null, silo =>
        {
            var sql = silo.Services.Last(d => d.ServiceType == typeof(ICompoundFactsSource));
            silo.Services.AddSingleton(services => new GatedFacts((ICompoundFactsSource)sql.ImplementationFactory!(services)));
            silo.Services.AddSingleton<ICompoundFactsSource>(services => services.GetRequiredService<GatedFacts>());
        });
        await cluster.InitializeAsync();
        try
        {
            var grains = cluster.Client;
            var community = await Places.Community(grains);
            await Places.Compound(grains, community);
            var city = community[..community.IndexOf('.')];
            await Eventually.Until(grains.GetGrain<IRegionGrain>(city).GetReport, r => r.Figures.Organisation.Compounds == 1);
            var gate = cluster.Cluster.Silos[0].ServiceProvider.GetRequiredService<GatedFacts>();
            gate.Close();
            await grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

            // The city re-activates and answers while the compound it pulls through its children cannot load.
            var profile = await grains.GetGrain<IRegionGrain>(city).GetProfile().WaitAsync(TimeSpan.FromSeconds(5));

            Assert.Equal(city, profile.Id);
            gate.Open();
            await Eventually.Until(grains.GetGrain<IRegionGrain>(city).GetReport, r => r.Figures.Organisation.Compounds == 1);
        }
        finally
        {
            await cluster.DisposeAsync();
        }
    }

    /// <summary>Compound facts that wait while the gate is closed, as a database that has stopped answering.</summary>
    private sealed class GatedFacts(ICompoundFactsSource inner) : ICompoundFactsSource
    {
        private volatile TaskCompletionSource _open = Opened();

        public void Close() => _open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Open() => _open.TrySetResult();

        public async Task<CompoundSnapshot> Read(string compoundId, Action<Domain.Tickets.TicketFacts, int> ticket, CancellationToken cancellationToken)
        {
            await _open.Task.WaitAsync(cancellationToken);
            return await inner.Read(compoundId, ticket, cancellationToken);
        }

        public async Task<IReadOnlyList<string>> Find(string compoundId, Domain.Tickets.TicketQuery query, CancellationToken cancellationToken)
        {
            await _open.Task.WaitAsync(cancellationToken);
            return await inner.Find(compoundId, query, cancellationToken);
        }

        private static TaskCompletionSource Opened()
        {
            var open = new TaskCompletionSource();
            open.SetResult();
            return open;
        }
    }
}
