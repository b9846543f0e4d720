using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Community;

namespace OrleansGovernance.Grains.Tests;

/// <summary>Service days and recurring services, kept beside the community, reach its figures.</summary>
[Collection(ClusterCollection.Name)]
public sealed class CommunityServicesGrainTests(ClusterFixture fixture)
{
    private static readonly DayOfWeek[] EveryDay = Enum.GetValues<DayOfWeek>();

    private readonly IClusterClient _grains = fixture.Client;

    [Fact]
    public async Task A_recorded_service_day_shows_in_the_community_summary()
    {
        var community = await Places.Community(_grains);
        var today = ChinaTime.Date(Places.Now);

        await _grains.GetGrain<IServiceDaysGrain>(community).Schedule(new ServiceDayPlan(today), Places.Stamp());
        await _grains.GetGrain<IServiceDaysGrain>(community).Record(
            new ServiceDayRecord(today, ["Blood-pressure checks", "Haircuts"], [], ["Health centre"], 57), Places.Stamp());

        var month = ChinaTime.Month(today);
        var report = await Eventually.Until(_grains.GetGrain<ICommunityGrain>(community).GetReport,
            r => r.Figures.ServiceDays.TryGetValue(month, out var m) && m.Held == 1);
        var counts = report.Figures.ServiceDays[month];
        Assert.Equal((1, 1, 57, 2, 1, 0), (counts.Scheduled, counts.Held, counts.ResidentsServed, counts.Services, counts.PartnerUnits, counts.Missed));
    }

    [Fact]
    public async Task A_logged_delivery_shows_in_the_community_summary()
    {
        var community = await Places.Community(_grains);
        var lunch = await _grains.GetGrain<ICommunityGrain>(community).ListResource(new ResourceDraft("Lunch delivery", "home-care station"), Places.Stamp());
        var services = _grains.GetGrain<IRecurringServicesGrain>(community);
        var service = await services.Start(
            new RecurringServiceDraft(lunch.Id, "hh-001", EveryDay, ChinaTime.Date(Places.Now), null, "property office"), Places.Stamp());

        await services.LogDelivery(service.Id, Places.Stamp());

        var month = ChinaTime.Month(Places.Now);
        var report = await Eventually.Until(_grains.GetGrain<ICommunityGrain>(community).GetReport,
            r => r.Figures.Deliveries.TryGetValue(month, out var m) && m.Delivered == 1);
        Assert.Equal((1, 0), (report.Figures.Deliveries[month].Due, report.Figures.Deliveries[month].Missed));
    }

    [Fact]
    public async Task Records_of_a_community_that_does_not_exist_are_refused_and_keep_nothing()
    {
        var nowhere = $"xiamen.jimei.xinglin.nowhere-{Guid.NewGuid():N}";

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() =>
            _grains.GetGrain<IServiceDaysGrain>(nowhere).Schedule(new ServiceDayPlan(ChinaTime.Date(Places.Now)), Places.Stamp()));

        Assert.Equal(RuleViolation.NotFound, refused.Violation);
        Assert.Null(await _grains.GetGrain<IServiceDaysGrain>(nowhere).GetWorkFigures());
        await Assert.ThrowsAsync<DomainRuleException>(() => _grains.GetGrain<IRecurringServicesGrain>(nowhere).Get());
    }

    [Fact]
    public async Task A_service_for_a_resource_not_on_the_lists_is_refused_and_keeps_nothing()
    {
        var community = await Places.Community(_grains);
        var services = _grains.GetGrain<IRecurringServicesGrain>(community);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => services.Start(
            new RecurringServiceDraft("resource-0042", "hh-001", EveryDay, ChinaTime.Date(Places.Now), null, "property office"), Places.Stamp()));

        Assert.Equal(RuleViolation.InvalidInput, refused.Violation);
        Assert.Empty((await services.Get()).Services);
        Assert.Null(await services.GetWorkFigures());
    }
}
