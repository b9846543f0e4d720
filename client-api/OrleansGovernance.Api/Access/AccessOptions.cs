namespace OrleansGovernance.Api.Access;

/// <summary>How bearer tokens are signed and checked (section "Auth").</summary>
public sealed class AccessOptions
{
    public const string Section = "Auth";

    public string Issuer { get; set; } = "orleans-governance";

    public string Audience { get; set; } = "orleans-governance-api";

    /// <summary>Base64 of at least 32 random bytes (HMAC-SHA256). Takes precedence over <see cref="SigningKeyFile"/>.</summary>
    public string? SigningKey { get; set; }

    /// <summary>
    /// A file holding the signing key, created with a fresh random key when missing: the embedded default keeps it
    /// beside its database, so tokens survive a restart without anyone configuring a secret.
    /// </summary>
    public string? SigningKeyFile { get; set; }

    /// <summary>An OpenID Connect authority whose published keys sign the tokens instead of a shared key.</summary>
    public string? Authority { get; set; }

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(8);
}
