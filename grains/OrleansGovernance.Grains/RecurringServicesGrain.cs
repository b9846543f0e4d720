using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Community;
using OrleansGovernance.Domain.Figures;

namespace OrleansGovernance.Grains;

public sealed class RecurringServicesGrain(
    [PersistentState("recurring-services", GovernanceStorage.ProviderName)] IPersistentState<RecurringServiceBook> state,
    TimeProvider clock) : CommunityRecordGrain<RecurringServiceBook>(state, clock), IRecurringServicesGrain
{
    private protected override string Source => "recurring-services";

    public Task<RecurringServiceBook> Get() => Read();

    public async Task<RecurringService> Start(RecurringServiceDraft draft, Stamp stamp)
    {
        var lists = await Ask(community => community.GetThreeLists());
        return await Change((book, _) => book.Start(draft, lists.Resources, stamp));
    }

    public Task<Delivery> LogDelivery(string serviceId, Stamp stamp) => Change((book, _) => book.Log(serviceId, stamp));

    public Task<RecurringService> Stop(string serviceId, Stamp stamp) => Change((book, _) => book.Stop(serviceId, stamp));

    public Task Import(RecurringServiceBook book) => ImportBook(book);

    private protected override RecurringServiceBook Open(string communityId) => RecurringServiceBook.Open(communityId);

    private protected override long ChangesOf(RecurringServiceBook book) => book.Changes;

    private protected override string CommunityOf(RecurringServiceBook book) => book.CommunityId;

    private protected override PlaceFigures FiguresOf(RecurringServiceBook book, DateTimeOffset now) => book.Figures(now);
}
