using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Api.Contracts;

/// <summary>The body that makes a PartyInstructor.</summary>
public sealed record PartyInstructorRequest(
    string Id,
    string Name,
    bool Synthetic = false)
{
    public PartyInstructor ToDomain() => new(
        Id,
        Name,
        Synthetic);
}
