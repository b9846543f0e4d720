using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class CompoundTicketQueryTests(ClusterFixture fixture)
{
    private static readonly TicketQuery All = new([], [], null, null, null, 100);

    private readonly IClusterClient _grains = fixture.Client;

    [Fact]
    public async Task A_compound_answers_from_its_tickets_latest_facts_so_a_status_filter_follows_each_change()
    {
        var compound = _grains.GetGrain<ICompoundGrain>(await Places.Compound(_grains, await Places.Community(_grains)));
        var first = await Submit(compound.GetPrimaryKeyString(), TicketCategory.Noise);
        var second = await Submit(compound.GetPrimaryKeyString(), TicketCategory.Sanitation);
        var acknowledged = All with { Statuses = [TicketStatus.Acknowledged] };

        await _grains.GetGrain<ITicketGrain>(first).Acknowledge(Places.Stamp());

        Assert.Equal([first], await Eventually.Until(() => compound.FindTickets(acknowledged), ids => ids.Count == 1));
        Assert.Equal(new[] { first, second }.OrderDescending(StringComparer.Ordinal), await compound.FindTickets(All));
        Assert.Equal([second], await compound.FindTickets(All with { Categories = [TicketCategory.Sanitation] }));
    }

    [Fact]
    public async Task An_unknown_compound_answers_not_found()
    {
        var nowhere = _grains.GetGrain<ICompoundGrain>($"{await Places.Community(_grains)}.nowhere");

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => nowhere.FindTickets(All));

        Assert.Equal(RuleViolation.NotFound, refused.Violation);
    }

    private async Task<string> Submit(string compound, TicketCategory category)
    {
        var id = TicketIds.New(DateTimeOffset.UtcNow, Random.Shared);
        await _grains.GetGrain<ITicketGrain>(id).Submit(
            new TicketSubmission(compound, category, TicketChannel.WalkIn, "a request", null, null), Places.Stamp("resident"));
        return id;
    }
}
