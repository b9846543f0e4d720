using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Api.Contracts;

/// <summary>An administrator stops or resumes notices to every address given here (a resident who asked by phone, say).</summary>
public sealed record OptOutSettingRequest(bool OptedOut, string? Phone = null, string? Email = null, string? WeChatOpenId = null)
{
    public ReporterContact ToContact() => new(null, Phone, Email, WeChatOpenId);
}
