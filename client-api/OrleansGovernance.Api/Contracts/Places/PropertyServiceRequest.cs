using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Api.Contracts;

/// <summary>The body that makes a PropertyService.</summary>
public sealed record PropertyServiceRequest(
    string CompanyId,
    string CompanyName,
    string? Manager = null,
    string? InstructorId = null,
    bool RedProperty = false)
{
    public PropertyService ToDomain() => new(
        CompanyId,
        CompanyName,
        Manager,
        InstructorId,
        RedProperty);
}
