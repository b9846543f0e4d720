using System.Security.Cryptography;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OrleansGovernance.Domain;

namespace OrleansGovernance.Api.Access;

/// <summary>Issues signed bearer tokens with the platform's own key (the host's <c>token</c> command, tests, local use).</summary>
public sealed class AccessTokens
{
    private readonly AccessOptions _options;
    private readonly TimeProvider _clock;
    private readonly Lazy<SymmetricSecurityKey> _key;

    public AccessTokens(IOptions<AccessOptions> options, IHostEnvironment environment, TimeProvider clock)
        : this(options.Value, environment.ContentRootPath, clock)
    {
    }

    /// <summary>Outside a host: a tool or test that shares the platform's signing key.</summary>
    public AccessTokens(AccessOptions options, string contentRoot, TimeProvider clock)
    {
        _options = options;
        _clock = clock;
        _key = new(() => SigningKeys.Resolve(options, contentRoot)
            ?? throw new InvalidOperationException("tokens come from the OIDC authority here; this host holds no key to issue them."));
    }

    /// <summary>
    /// A token for <paramref name="role"/> over the places <paramref name="scopes"/> name (a place covers everything below
    /// it), with the display name <paramref name="name"/> when given (shown beside the subject in histories).
    /// </summary>
    public string Issue(string role, IReadOnlyList<string> scopes, string? subject = null, TimeSpan? lifetime = null, string? name = null)
    {
        if (!Roles.IsKnown(role))
        {
            throw DomainRuleException.Invalid($"role '{role}' is not one of {string.Join(", ", Roles.All)}.");
        }

        foreach (var scope in scopes)
        {
            Require.PlaceId(scope);
        }

        var now = _clock.GetUtcNow().UtcDateTime;
        var claims = new Dictionary<string, object>
        {
            [Caller.SubjectClaim] = string.IsNullOrWhiteSpace(subject) ? $"{role}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}" : subject,
            [Caller.RoleClaim] = role,
        };
        if (scopes.Count > 0)
        {
            claims[Caller.ScopeClaim] = scopes.ToArray();
        }

        if (Require.OptionalText(name, "name", 200) is { } displayName)
        {
            claims[Caller.NameClaim] = displayName.Trim();
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = _options.Issuer,
            Audience = _options.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + (lifetime ?? _options.TokenLifetime),
            Claims = claims,
            SigningCredentials = new SigningCredentials(_key.Value, SecurityAlgorithms.HmacSha256),
        });
    }
}
