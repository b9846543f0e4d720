using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace OrleansGovernance.Api.Access;

public static class AccessHosting
{
    /// <summary>JWT bearer authentication from the "Auth" section, and one authorisation policy per kind of act.</summary>
    public static IServiceCollection AddGovernanceAccess(this IServiceCollection services)
    {
        services.AddOptions<AccessOptions>().BindConfiguration(AccessOptions.Section);
        services.AddSingleton<AccessTokens>();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<AccessOptions>, IHostEnvironment>((jwt, access, environment) => Configure(jwt, access.Value, environment));

        var authorization = services.AddAuthorizationBuilder();
        foreach (var (policy, roles) in AccessPolicy.RolesByPolicy)
        {
            authorization.AddPolicy(policy, p => p.RequireAuthenticatedUser().RequireClaim(Caller.RoleClaim, roles));
        }

        return services;
    }

    private static void Configure(JwtBearerOptions jwt, AccessOptions access, IHostEnvironment environment)
    {
        // Claims keep the names the token gives them (sub, role, scope) instead of the WS-* URIs.
        jwt.MapInboundClaims = false;
        jwt.Audience = access.Audience;
        var key = SigningKeys.Resolve(access, environment.ContentRootPath);
        if (key is null)
        {
            jwt.Authority = access.Authority;
        }

        jwt.TokenValidationParameters = new TokenValidationParameters
        {
            // With an authority, the valid issuer comes from its discovery document.
            ValidIssuer = key is null ? null : access.Issuer,
            ValidAudience = access.Audience,
            IssuerSigningKey = key,
            NameClaimType = Caller.SubjectClaim,
            RoleClaimType = Caller.RoleClaim,
            ClockSkew = TimeSpan.FromSeconds(30),
        };
        jwt.Events = new JwtBearerEvents { OnMessageReceived = AcceptQueryTokenForLiveFeeds };
    }

    // Browsers' EventSource cannot send an Authorization header, so live feeds also take ?access_token=.
    private static Task AcceptQueryTokenForLiveFeeds(MessageReceivedContext context)
    {
        if (context.Request.Path.Value?.EndsWith("/live", StringComparison.Ordinal) == true
            && context.Request.Query.TryGetValue("access_token", out var token))
        {
            context.Token = token.ToString();
        }

        return Task.CompletedTask;
    }
}
