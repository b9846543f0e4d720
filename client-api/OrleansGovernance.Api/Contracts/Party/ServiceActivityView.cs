using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Party;

namespace OrleansGovernance.Api.Contracts;

/// <summary>
/// A service as recorded; serviceHours are member-hours. Readers who may not see personal data get the description
/// screened (phones, unit numbers) and no recorder.
/// </summary>
public sealed record ServiceActivityView(
    string Id,
    DateOnly Date,
    string TeamId,
    IReadOnlyList<string> MemberIds,
    decimal Hours,
    decimal ServiceHours,
    int ResidentsServed,
    string Description,
    string? RecordedBy,
    bool Synthetic)
{
    public static ServiceActivityView Of(ServiceActivity a, bool seesPersonalData) => new(
        a.Id, a.Date, a.TeamId, a.MemberIds, a.Hours, a.ServiceHours, a.ResidentsServed,
        seesPersonalData ? a.Description : PersonalData.Screen(a.Description),
        seesPersonalData ? a.RecordedBy : null,
        a.Synthetic);
}
