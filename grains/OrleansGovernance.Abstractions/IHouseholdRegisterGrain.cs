using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Visits;

namespace OrleansGovernance.Abstractions;

/// <summary>
/// A community's door-visit register (走访, 三门工作法), keyed by the community's id: its households by reference and
/// the visits of each month counted by kind. The visits themselves go to the month's <see cref="IVisitLogGrain"/>.
/// Its figures join the community's under the source "door-visits".
/// </summary>
[Alias("governance.IHouseholdRegisterGrain")]
public interface IHouseholdRegisterGrain : ICommunityWorkGrain
{
    /// <summary>The households, in reference order (none before the first is registered).</summary>
    [Alias("GetHouseholds")]
    Task<IReadOnlyList<Household>> GetHouseholds();

    [Alias("Register")]
    Task<Household> Register(HouseholdDraft draft, Stamp stamp);

    /// <summary>Sets a household's visiting cadence in days, or (null) ends it.</summary>
    [Alias("SetCadence")]
    Task<Household> SetCadence(string reference, int? cadenceDays, Stamp stamp);

    /// <summary>Checks a visit could be recorded as drafted, before anything is filed from it; changes nothing.</summary>
    [Alias("CheckVisit")]
    Task<Household> CheckVisit(VisitDraft draft, Stamp stamp);

    /// <summary>Records a visit (with the request filed from it, if any) in its month's log, then counts it.</summary>
    [Alias("RecordVisit")]
    Task<DoorVisit> RecordVisit(VisitDraft draft, Stamp stamp, string? ticketId);

    /// <summary>Loads a register and its month logs built elsewhere (seeding), logs first; does nothing if the register exists.</summary>
    [Alias("Import")]
    Task Import(HouseholdRegister register, IReadOnlyList<VisitLog> logs);
}

/// <summary>The door visits a community recorded in one China month, keyed "{communityId}:{yyyymm}" (<see cref="VisitLogs"/>).</summary>
[Alias("governance.IVisitLogGrain")]
public interface IVisitLogGrain : IGrainWithStringKey
{
    [Alias("GetVisits")]
    Task<IReadOnlyList<DoorVisit>> GetVisits();

    /// <summary>Keeps a visit the register numbered; the last one kept again with the same id is replaced.</summary>
    [Alias("Keep")]
    Task Keep(DoorVisit visit);

    /// <summary>Loads a month's log built elsewhere (seeding); does nothing if the log exists.</summary>
    [Alias("Import")]
    Task Import(VisitLog log);
}

public static class VisitLogs
{
    public static IVisitLogGrain Of(IGrainFactory grains, string communityId, int month) =>
        grains.GetGrain<IVisitLogGrain>($"{communityId}:{month}");
}
