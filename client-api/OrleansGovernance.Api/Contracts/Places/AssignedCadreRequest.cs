using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Api.Contracts;

/// <summary>The body that makes a AssignedCadre.</summary>
public sealed record AssignedCadreRequest(
    string Name,
    CadreKind Kind)
{
    public AssignedCadre ToDomain() => new(
        Name,
        Kind);
}
