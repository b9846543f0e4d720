using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Api.Contracts;

/// <summary>AssignedCadre as the API shows it.</summary>
public sealed record AssignedCadreView(
    string Name,
    CadreKind Kind)
{
    public static AssignedCadreView Of(AssignedCadre source) => new(
        source.Name,
        source.Kind);
}
