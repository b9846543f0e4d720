using OrleansGovernance.Abstractions.Stores;
using OrleansGovernance.Domain.Community;
using OrleansGovernance.Domain.Ledger;
using OrleansGovernance.Domain.Organisation;
using OrleansGovernance.Domain.Outbound;
using OrleansGovernance.Domain.Party;
using OrleansGovernance.Domain.Plans;
using OrleansGovernance.Domain.Seals;
using OrleansGovernance.Domain.Tickets;
using OrleansGovernance.Domain.Visits;
using OrleansGovernance.Grains.Notices;
using OrleansGovernance.Grains.Webhooks;

namespace OrleansGovernance.Grains;

/// <summary>
/// Every state the grains persist, under the state name of its grain's [PersistentState], with the upgrades of its
/// stored shape. This list is the one place a kind's shape version lives: a kind is at version 1 plus the number of
/// upgrades listed for it (see <see cref="StoredShape"/>), and the checked-in samples the stored-shape tests compare
/// against are named after it (ticket.v1.json, …). To change what a kind stores, append an upgrade here that rewrites
/// a row of the previous version, and add the new version's sample beside the old ones.
/// </summary>
public static class StoredStates
{
    public static StoredShapes All { get; } = new(
        StoredShape.Of<Ticket>("ticket", TicketRowUpgrades.NoteVisibilityAndDetails, TicketRowUpgrades.ReporterWeChat, TicketRowUpgrades.StepAuthorNames),
        StoredShape.Of<CompoundState>("compound", CompoundRowUpgrades.Boundary),
        StoredShape.Of<CommunityState>("community", CommunityRowUpgrades.PartiesFormsAndClasses),
        StoredShape.Of<CommunityWorkState>("community-work"),
        StoredShape.Of<HouseholdRegister>("household-register"),
        StoredShape.Of<VisitLog>("visit-log"),
        StoredShape.Of<PartyRegister>("party-register"),
        StoredShape.Of<ServiceLog>("service-log"),
        StoredShape.Of<ServiceDayBook>("service-days"),
        StoredShape.Of<RecurringServiceBook>("recurring-services"),
        StoredShape.Of<RegionState>("region"),
        StoredShape.Of<Ledger>("ledger"),
        StoredShape.Of<SealRegister>("seal-register"),
        StoredShape.Of<BranchProfile>("branch"),
        StoredShape.Of<Plan>("plan", PlanRowUpgrades.BilingualStatesAndEvidence),
        StoredShape.Of<ResidentNoticeState>("resident-notices"),
        StoredShape.Of<NoticeDeskState>("notice-desk"),
        StoredShape.Of<OptOutState>("resident-opt-out"),
        StoredShape.Of<WebhookRegistryState>("webhooks"),
        StoredShape.Of<WebhookQueue>("webhook-dispatch"),
        StoredShape.Of<WebhookLogState>("webhook-log"));
}
