using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Api.Contracts;

/// <summary>The body that makes a ReporterContact.</summary>
public sealed record ReporterContactRequest(
    string? Name = null,
    string? Phone = null,
    string? Email = null,
    string? WeChatOpenId = null)
{
    public ReporterContact ToDomain() => new(
        Name,
        Phone,
        Email,
        WeChatOpenId);
}
