using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Api.Contracts;

/// <summary>PropertyService as the API shows it.</summary>
public sealed record PropertyServiceView(
    string CompanyId,
    string CompanyName,
    string? Manager,
    string? InstructorId,
    bool RedProperty)
{
    public static PropertyServiceView Of(PropertyService source) => new(
        source.CompanyId,
        source.CompanyName,
        source.Manager,
        source.InstructorId,
        source.RedProperty);
}
