using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Api.Contracts;

/// <summary>ReporterContact as the API shows it.</summary>
public sealed record ReporterContactView(
    string? Name,
    string? Phone,
    string? Email,
    string? WeChatOpenId)
{
    public static ReporterContactView Of(ReporterContact source) => new(
        source.Name,
        source.Phone,
        source.Email,
        source.WeChatOpenId);
}
