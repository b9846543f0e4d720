using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Api.Contracts;

/// <summary>PartyInstructor as the API shows it.</summary>
public sealed record PartyInstructorView(
    string Id,
    string Name,
    bool Synthetic)
{
    public static PartyInstructorView Of(PartyInstructor source) => new(
        source.Id,
        source.Name,
        source.Synthetic);
}
