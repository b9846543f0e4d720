using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Api.Contracts;

/// <summary>ReporterContact as the API shows it.</summary>
public sealed record ReporterContactView(
    string? Name,
    string? Phone,
    string? Email)
{
    public static ReporterContactView Of(ReporterContact source) => new(
        source.Name,
        source.Phone,
        source.Email);
}
