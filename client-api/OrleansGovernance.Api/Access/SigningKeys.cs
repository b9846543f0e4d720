using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace OrleansGovernance.Api.Access;

/// <summary>Finds the shared key that signs and checks tokens.</summary>
public static class SigningKeys
{
    private const int KeyBytes = 32;

    /// <summary>The configured key, the key file's (creating it when missing), or null when an OIDC authority signs.</summary>
    public static SymmetricSecurityKey? Resolve(AccessOptions options, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(options.SigningKey))
        {
            return FromBase64(options.SigningKey, "Auth:SigningKey");
        }

        if (!string.IsNullOrWhiteSpace(options.SigningKeyFile))
        {
            var path = Path.GetFullPath(options.SigningKeyFile, contentRoot);
            return FromBase64(ReadOrCreate(path), path);
        }

        return string.IsNullOrWhiteSpace(options.Authority)
            ? throw new InvalidOperationException("Auth needs a SigningKey, a SigningKeyFile or an OIDC Authority; none is configured.")
            : null;
    }

    private static SymmetricSecurityKey FromBase64(string text, string source)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(text.Trim());
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"the signing key in {source} is not base64.");
        }

        return bytes.Length < KeyBytes
            ? throw new InvalidOperationException($"the signing key in {source} has {bytes.Length} bytes; HMAC-SHA256 needs at least {KeyBytes}.")
            : new SymmetricSecurityKey(bytes);
    }

    private static string ReadOrCreate(string path)
    {
        if (File.Exists(path))
        {
            return File.ReadAllText(path);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeyBytes));
        try
        {
            // CreateNew: when two processes race to create the key, one wins and the other reads the winner's.
            using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            using var writer = new StreamWriter(file);
            writer.Write(key);
            return key;
        }
        catch (IOException) when (File.Exists(path))
        {
            return File.ReadAllText(path);
        }
    }
}
