using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OrleansGovernance.Api.Endpoints.Live;

namespace OrleansGovernance.Api.Access;

public static class AccessHosting
{
    /// <summary>The API's scheme: a bearer token in the Authorization header, or a feed ticket on a live feed's GET.</summary>
    public const string Scheme = "api";

    /// <summary>JWT bearer authentication from the "Auth" section, and one authorisation policy per kind of act.</summary>
    public static IServiceCollection AddGovernanceAccess(this IServiceCollection services)
    {
        services.AddOptions<AccessOptions>().BindConfiguration(AccessOptions.Section);
        services.AddSingleton<AccessTokens>();
        services.AddSingleton<FeedTickets>();
        services.AddAuthentication(Scheme)
            .AddJwtBearer()
            .AddScheme<AuthenticationSchemeOptions, FeedTicketAuthentication>(FeedTicketAuthentication.Name, null)
            .AddPolicyScheme(Scheme, null, scheme => scheme.ForwardDefaultSelector = context =>
                LiveRoutes.IsFeed(context.Request) && context.Request.Query.ContainsKey(LiveRoutes.TicketParameter)
                    ? FeedTicketAuthentication.Name
                    : JwtBearerDefaults.AuthenticationScheme);
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
        jwt.Events = new JwtBearerEvents { OnTokenValidated = RequireOneRole };
    }

    // A token says one role. One with several would pass every policy any of them passes while the endpoints read
    // only the first, so it is refused rather than guessed at.
    private static Task RequireOneRole(TokenValidatedContext context)
    {
        if (!Caller.HasOneKnownRole(context.Principal))
        {
            context.Fail("a token carries exactly one known role.");
        }

        return Task.CompletedTask;
    }
}
