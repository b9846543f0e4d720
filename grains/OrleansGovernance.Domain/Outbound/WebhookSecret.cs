using System.Security.Cryptography;

namespace OrleansGovernance.Domain.Outbound;

/// <summary>The shared secret of an endpoint: 32 random bytes unless an administrator brings one of at least as many characters.</summary>
public static class WebhookSecret
{
    public const int MinLength = 32;
    public const int MaxLength = 256;

    /// <summary>A fresh secret, "whsec_" and 64 hex digits, used as text: its UTF-8 bytes are the HMAC key.</summary>
    public static string New() => "whsec_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    /// <summary>The secret itself, once it is long enough and printable ASCII (it travels through shells and Kubernetes Secrets).</summary>
    public static string Require(string? secret) =>
        secret is null || secret.Length is < MinLength or > MaxLength || secret.Any(c => c is < '!' or > '~')
            ? throw DomainRuleException.Invalid($"secret must be {MinLength} to {MaxLength} printable ASCII characters without spaces.")
            : secret;
}
