using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using OrleansGovernance.Api.Access;

namespace OrleansGovernance.Api.Endpoints.Live;

/// <summary>
/// Feed tickets: what a browser puts in a live feed's URL instead of its bearer token (EventSource cannot send
/// headers). A ticket is sealed with the hosts' shared Data Protection keys, names its caller and the one feed path
/// it opens, and expires after <see cref="Lifetime"/>, or with the caller's token if that comes first. Leaked from a
/// log or a browser's history it opens one feed of figures for a minute, and nothing else.
/// </summary>
public sealed class FeedTickets(IDataProtectionProvider protection, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    private readonly IDataProtector _protector = protection.CreateProtector("OrleansGovernance.Api.FeedTickets.v1");

    public (string Ticket, DateTimeOffset ExpiresAt) Issue(ClaimsPrincipal user, string feedPath)
    {
        var caller = Caller.From(user);
        var expires = clock.GetUtcNow() + Lifetime;
        if (user.FindFirst("exp")?.Value is { } exp && long.TryParse(exp, out var seconds) && DateTimeOffset.FromUnixTimeSeconds(seconds) < expires)
        {
            expires = DateTimeOffset.FromUnixTimeSeconds(seconds);
        }

        var payload = new Payload(caller.Subject, caller.Role, [.. caller.Scopes], feedPath, expires.ToUnixTimeMilliseconds());
        return (_protector.Protect(JsonSerializer.Serialize(payload, PayloadJson.Default.Payload)), expires);
    }

    /// <summary>The caller a ticket names, when it is genuine, unexpired and issued for <paramref name="feedPath"/>; null otherwise.</summary>
    public ClaimsPrincipal? Open(string ticket, string feedPath, string scheme)
    {
        Payload? payload;
        try
        {
            payload = JsonSerializer.Deserialize(_protector.Unprotect(ticket), PayloadJson.Default.Payload);
        }
        catch (Exception spoilt) when (spoilt is System.Security.Cryptography.CryptographicException or FormatException or JsonException)
        {
            return null;
        }

        if (payload is null || payload.Path != feedPath || clock.GetUtcNow().ToUnixTimeMilliseconds() >= payload.ExpiresAt || !Roles.IsKnown(payload.Role))
        {
            return null;
        }

        var claims = new List<Claim> { new(Caller.SubjectClaim, payload.Subject), new(Caller.RoleClaim, payload.Role) };
        claims.AddRange(payload.Scopes.Select(scope => new Claim(Caller.ScopeClaim, scope)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, Caller.SubjectClaim, Caller.RoleClaim));
    }

    internal sealed record Payload(string Subject, string Role, string[] Scopes, string Path, long ExpiresAt);
}
