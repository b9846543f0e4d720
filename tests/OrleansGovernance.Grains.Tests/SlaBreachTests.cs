using System.Collections.Concurrent;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Grains.Tests;

/// <summary>
/// Breaches are raised when the response limit passes, with nobody reading, and live subscribers see them; each is
/// counted on the platform's meter. Only this cluster's limits are short enough to be breached during a test run.
/// </summary>
public sealed class SlaBreachTests : IAsyncLifetime
{
    private static readonly TimeSpan ShortLimit = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan ShortSettleLimit = TimeSpan.FromSeconds(3);

    private readonly ClusterFixture _cluster = new(silos: 2, new ServiceLevelPolicy(new Dictionary<TicketCategory, TimeSpan> { [TicketCategory.Noise] = ShortLimit }, ShortSettleLimit));
    private readonly BreachCounter _breaches = new();

    public Task InitializeAsync() => _cluster.InitializeAsync();

    public async Task DisposeAsync()
    {
        _breaches.Dispose();
        await _cluster.DisposeAsync();
    }

    [Fact]
    public async Task An_unanswered_request_is_breached_when_its_limit_passes_and_subscribers_are_told_without_any_read()
    {
        var grains = _cluster.Client;
        var community = await Places.Community(grains);
        var compound = await Places.Compound(grains, community);
        var watcher = new FiguresWatcher();
        var reference = grains.CreateObjectReference<IFiguresObserver>(watcher);
        await grains.GetGrain<ICommunityGrain>(community).Subscribe(reference);

        var ticket = await grains.GetGrain<ITicketGrain>(TicketIds.New(DateTimeOffset.UtcNow, Random.Shared))
            .Submit(new TicketSubmission(compound, TicketCategory.Noise, TicketChannel.Hotline, "karaoke at 2 am", null, null), new Stamp("resident", DateTimeOffset.UtcNow));

        var breached = await Eventually.Until(() => Task.FromResult(watcher.Latest), r => r?.Figures.Requests.Breached == 1, TimeSpan.FromSeconds(15));
        Assert.Equal(1, breached?.Figures.Requests.Breached);
        Assert.True(watcher.Received > 1, "the subscriber saw the request filed and then breached");
        var raised = await grains.GetGrain<ICommunityGrain>(community).GetRecentBreaches();
        var breach = Assert.Single(raised);
        Assert.Equal((ticket.Id, compound), (breach.TicketId, breach.CompoundId));
        Assert.True(breach.RaisedAt >= ticket.ResponseDue, "raised when the limit had passed, not before");
        Assert.True(breach.RaisedAt - ticket.ResponseDue < TimeSpan.FromSeconds(5), $"raised {breach.RaisedAt - ticket.ResponseDue} after the limit");
        Assert.Equal(1, _breaches.Count("response", "noise"));
    }

    [Fact]
    public async Task An_answered_request_turns_overdue_in_every_level_s_figures_when_its_settle_limit_passes_with_nothing_else_happening()
    {
        var grains = _cluster.Client;
        var community = await Places.Community(grains);
        var compound = await Places.Compound(grains, community);
        var ticket = grains.GetGrain<ITicketGrain>(TicketIds.New(DateTimeOffset.UtcNow, Random.Shared));
        var filed = await ticket.Submit(new TicketSubmission(compound, TicketCategory.Sanitation, TicketChannel.Hotline, "bins overflowing", null, null), new Stamp("resident", DateTimeOffset.UtcNow));
        await ticket.Acknowledge(new Stamp("staff", DateTimeOffset.UtcNow));
        Assert.Equal(0, (await Eventually.Until(() => grains.GetGrain<ICommunityGrain>(community).GetReport(), r => r.Figures.Requests.Acknowledged == 1)).Figures.Requests.Overdue);

        var overdue = await Eventually.Until(() => grains.GetGrain<ICommunityGrain>(community).GetReport(), r => r.Figures.Requests.Overdue == 1, TimeSpan.FromSeconds(15));

        Assert.Equal(1, overdue.Figures.Requests.Overdue);
        Assert.True(overdue.Figures.AsOf >= filed.SettleDue, "the community read after the limit passed");
        Assert.Equal(1, (await grains.GetGrain<ICompoundGrain>(compound).GetReport()).Figures.Requests.Overdue);
    }

    [Fact]
    public async Task A_request_settled_after_its_settle_limit_counts_as_a_settle_breach_and_one_in_time_does_not()
    {
        var grains = _cluster.Client;
        var compound = await Places.Compound(grains, await Places.Community(grains));
        async Task<ITicketGrain> Claimed(string description)
        {
            var ticket = grains.GetGrain<ITicketGrain>(TicketIds.New(DateTimeOffset.UtcNow, Random.Shared));
            await ticket.Submit(new TicketSubmission(compound, TicketCategory.Sanitation, TicketChannel.Hotline, description, null, null), new Stamp("resident", DateTimeOffset.UtcNow));
            await ticket.Acknowledge(new Stamp("grid worker", DateTimeOffset.UtcNow));
            await ticket.Claim(ClaimingParty.PropertyCompany, "Chengfa property", new Stamp("grid worker", DateTimeOffset.UtcNow));
            return ticket;
        }

        var late = await Claimed("bins overflowing");
        var prompt = await Claimed("bins overflowing again");
        await prompt.Settle(new Stamp("grid worker", DateTimeOffset.UtcNow));
        await Task.Delay(ShortSettleLimit + TimeSpan.FromSeconds(0.5));
        await late.Settle(new Stamp("grid worker", DateTimeOffset.UtcNow));

        Assert.Equal(1, _breaches.Count("settle", "sanitation"));
        Assert.Equal(0, _breaches.Count("response", "sanitation"));
    }

    [Fact]
    public async Task A_request_answered_in_time_is_never_breached()
    {
        var grains = _cluster.Client;
        var community = await Places.Community(grains);
        var compound = await Places.Compound(grains, community);
        var ticket = grains.GetGrain<ITicketGrain>(TicketIds.New(DateTimeOffset.UtcNow, Random.Shared));
        await ticket.Submit(new TicketSubmission(compound, TicketCategory.Noise, TicketChannel.Hotline, "drilling", null, null), new Stamp("resident", DateTimeOffset.UtcNow));
        await ticket.Acknowledge(new Stamp("grid worker", DateTimeOffset.UtcNow));

        await Task.Delay(ShortLimit * 2);

        var figures = (await grains.GetGrain<ICompoundGrain>(compound).GetReport()).Figures.Requests;
        Assert.Equal((1, 0), (figures.AcknowledgedWithinLimit, figures.Breached));
        Assert.Empty(await grains.GetGrain<ICommunityGrain>(community).GetRecentBreaches());
    }

    private sealed class FiguresWatcher : IFiguresObserver
    {
        private readonly ConcurrentQueue<PlaceReport> _reports = new();

        public PlaceReport? Latest => _reports.LastOrDefault();

        public int Received => _reports.Count;

        public Task OnFigures(PlaceReport report)
        {
            _reports.Enqueue(report);
            return Task.CompletedTask;
        }
    }
}
