using System.Security.Cryptography;
using OrleansGovernance.Api.Access;

namespace OrleansGovernance.Testing;

/// <summary>The signing key the test silos are given, and tokens signed with it.</summary>
public static class TestTokens
{
    public static readonly string SigningKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    private static readonly AccessTokens Issuer = new(new AccessOptions { SigningKey = SigningKey }, AppContext.BaseDirectory, TimeProvider.System);

    public static string Admin { get; } = For(Roles.Admin);

    public static string For(string role, params string[] scopes) => Issuer.Issue(role, scopes, $"test-{role}");
}
