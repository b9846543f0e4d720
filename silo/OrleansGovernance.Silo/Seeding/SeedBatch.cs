using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain.Community;
using OrleansGovernance.Domain.Ledger;
using OrleansGovernance.Domain.Plans;
using OrleansGovernance.Domain.Seals;
using OrleansGovernance.Domain.Tickets;
using OrleansGovernance.Domain.Visits;

namespace OrleansGovernance.Silo.Seeding;

/// <summary>Everything the activity seeders built, waiting to be imported into the grains.</summary>
internal sealed class SeedBatch
{
    public List<Ticket> Tickets { get; } = [];

    public List<Plan> Plans { get; } = [];

    public List<Ledger> Ledgers { get; } = [];

    public List<SealRegister> Seals { get; } = [];

    public Dictionary<string, CommunityActivity> Communities { get; } = [];

    /// <summary>Door-visit registers with their month logs.</summary>
    public List<(HouseholdRegister Register, IReadOnlyList<VisitLog> Logs)> Visits { get; } = [];
    /// <summary>Each community's party register, by community id.</summary>
    public Dictionary<string, PartyRegisterImport> PartyRegisters { get; } = [];
    public Dictionary<string, ServiceDayBook> ServiceDays { get; } = [];

    public Dictionary<string, RecurringServiceBook> RecurringServices { get; } = [];

    public CommunityActivity Community(string id)
    {
        if (!Communities.TryGetValue(id, out var activity))
        {
            activity = new CommunityActivity();
            Communities[id] = activity;
        }

        return activity;
    }
}
