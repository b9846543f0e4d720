using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using OrleansGovernance.Domain;

namespace OrleansGovernance.Abstractions.Stores;

/// <summary>How keys are made and how they are stored.</summary>
public static class ApiKeySecret
{
    public const int MaxClientNameLength = 200;

    // 256 random bits: nobody guesses one, so an unsalted SHA-256 is enough to keep a leaked table useless, and an
    // unsalted hash can be looked up by equality (a salted or slow hash would need a scan or a separate key id).
    private const int RandomBytes = 32;

    private const string Prefix = "og311_";

    public static string New() => Prefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(RandomBytes));

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public static string ClientName(string? name) => Require.Text(name, "client name", MaxClientNameLength);
}
