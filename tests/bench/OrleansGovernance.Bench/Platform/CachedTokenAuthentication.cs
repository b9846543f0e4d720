using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using OrleansGovernance.Api.Access;

namespace OrleansGovernance.Bench.Platform;

/// <summary>
/// Validates each distinct Authorization header once, with the API's own scheme, and answers every later request that
/// carries it from that first result: the request still has its caller and every authorisation policy still runs, but
/// the token is not parsed and its signature not checked again.
/// </summary>
internal sealed class CachedTokenAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string Name = "bench-cached-token";

    private static readonly ConcurrentDictionary<string, AuthenticationTicket> Validated = new(StringComparer.Ordinal);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (Validated.TryGetValue(header, out var ticket))
        {
            return AuthenticateResult.Success(ticket);
        }

        var result = await Context.AuthenticateAsync(AccessHosting.Scheme);
        if (result.Succeeded && header.Length > 0)
        {
            Validated[header] = new AuthenticationTicket(result.Principal, Name);
        }

        return result;
    }
}
