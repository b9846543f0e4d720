using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using OrleansGovernance.Api.Access;

namespace OrleansGovernance.Api.Dashboard;

/// <summary>
/// The first-run link (一次性登录链接): one secret, issued once per process, that signs a local administrator into the
/// dashboard once and only before it expires. Only its SHA-256 is kept, so nothing in memory or on disk can be replayed.
/// </summary>
public sealed class OneTimeSignIn(IOptions<DashboardSignInOptions> options, IOptions<AccessOptions> access, TimeProvider clock)
{
    public const string Path = "/sign-in/once";
    public const string SecretParameter = "secret";
    public const string Subject = "local-admin";

    /// <summary>The key of the <see cref="TextWriter"/> the link is printed to (the console; tests read it instead).</summary>
    public const string ConsoleKey = "one-time-sign-in";

    private readonly Lock _gate = new();
    private byte[]? _hash;
    private DateTimeOffset _expires;

    /// <summary>A fresh secret; the one issued before, used or not, stops working.</summary>
    public string Issue()
    {
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        lock (_gate)
        {
            _hash = Hash(secret);
            _expires = clock.GetUtcNow() + options.Value.OneTimeSignInLifetime;
        }

        return secret;
    }

    /// <summary>The address that redeems <paramref name="secret"/> on the site at <paramref name="site"/>.</summary>
    public static string Link(string site, string secret) => $"{site.TrimEnd('/')}{Path}?{SecretParameter}={secret}";

    /// <summary>The local administrator, if <paramref name="secret"/> is the one issued, unused and unexpired; it is spent either way it matched.</summary>
    public SignedIn? Redeem(string? secret)
    {
        if (string.IsNullOrEmpty(secret))
        {
            return null;
        }

        var offered = Hash(secret);
        lock (_gate)
        {
            if (_hash is null || !CryptographicOperations.FixedTimeEquals(_hash, offered))
            {
                return null;
            }

            _hash = null;
            if (clock.GetUtcNow() >= _expires)
            {
                return null;
            }
        }

        var identity = new ClaimsIdentity(
            [new Claim(Caller.SubjectClaim, Subject), new Claim(Caller.RoleClaim, Roles.Admin)],
            DashboardHosting.Scheme,
            Caller.SubjectClaim,
            Caller.RoleClaim);
        return new SignedIn(new ClaimsPrincipal(identity), (clock.GetUtcNow() + access.Value.TokenLifetime).UtcDateTime);
    }

    private static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));
}
