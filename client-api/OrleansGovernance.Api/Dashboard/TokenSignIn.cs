using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OrleansGovernance.Api.Access;

namespace OrleansGovernance.Api.Dashboard;

/// <summary>
/// Checks a pasted bearer token exactly as the API checks it (the same <see cref="TokenValidationParameters"/>),
/// and turns it into the identity the dashboard's cookie keeps until the token itself expires.
/// </summary>
public sealed class TokenSignIn(IOptionsMonitor<JwtBearerOptions> jwt)
{
    public async Task<SignedIn?> Validate(string token)
    {
        var options = jwt.Get(JwtBearerDefaults.AuthenticationScheme);
        var parameters = options.TokenValidationParameters.Clone();
        if (options.ConfigurationManager is { } manager)
        {
            // With an OIDC authority the signing keys come from its discovery document, as the API's handler does.
            var configuration = await manager.GetConfigurationAsync(CancellationToken.None);
            parameters.ValidIssuer ??= configuration.Issuer;
            parameters.IssuerSigningKeys = configuration.SigningKeys;
        }

        var result = await new JsonWebTokenHandler { MapInboundClaims = false }.ValidateTokenAsync(token.Trim(), parameters);
        if (!result.IsValid || !Caller.HasOneKnownRole(new ClaimsPrincipal(result.ClaimsIdentity)))
        {
            return null;
        }

        var identity = new ClaimsIdentity(
            result.ClaimsIdentity.Claims.Where(c => c.Type is Caller.SubjectClaim or Caller.RoleClaim or Caller.ScopeClaim or Caller.NameClaim),
            DashboardHosting.Scheme,
            Caller.SubjectClaim,
            Caller.RoleClaim);
        return new SignedIn(new ClaimsPrincipal(identity), result.SecurityToken.ValidTo);
    }
}

/// <summary>A validated caller and when their token stops being valid.</summary>
public sealed record SignedIn(ClaimsPrincipal Principal, DateTime ExpiresUtc);
