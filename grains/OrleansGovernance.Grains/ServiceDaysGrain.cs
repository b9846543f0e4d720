using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Community;
using OrleansGovernance.Domain.Figures;

namespace OrleansGovernance.Grains;

public sealed class ServiceDaysGrain(
    [PersistentState("service-days", GovernanceStorage.ProviderName)] IPersistentState<ServiceDayBook> state,
    TimeProvider clock) : CommunityRecordGrain<ServiceDayBook>(state, clock), IServiceDaysGrain
{
    private protected override string Source => "service-days";

    public Task<ServiceDayBook> Get() => Read();

    public Task<ServiceDay> Schedule(ServiceDayPlan plan, Stamp stamp) => Change((book, _) => book.Schedule(plan, stamp));

    public Task<ServiceDay> Record(ServiceDayRecord record, Stamp stamp) =>
        Change((book, community) => book.Record(record, [.. community.CoBuildingUnits.Select(u => u.Id)], stamp));

    public Task Import(ServiceDayBook book) => ImportBook(book);

    private protected override ServiceDayBook Open(string communityId) => ServiceDayBook.Open(communityId);

    private protected override long ChangesOf(ServiceDayBook book) => book.Changes;

    private protected override string CommunityOf(ServiceDayBook book) => book.CommunityId;

    private protected override PlaceFigures FiguresOf(ServiceDayBook book, DateTimeOffset now) => book.Figures(now);
}
