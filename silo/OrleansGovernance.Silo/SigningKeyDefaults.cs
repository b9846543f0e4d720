using System.Security.Cryptography;
using OrleansGovernance.Api.Access;
using OrleansGovernance.Persistence.Database;
using OrleansGovernance.Persistence.GrainState;
using OrleansGovernance.Persistence.Migrations;

namespace OrleansGovernance.Silo;

/// <summary>
/// Where the embedded default keeps its token signing key when nobody configured one: beside the SQLite file, so
/// the <c>token</c> command and the running silo agree and tokens outlive a restart. A cluster must be given a key
/// (Auth:SigningKey from a secret) or an OIDC authority: guessing would let each silo sign with a different key.
/// </summary>
internal static class SigningKeyDefaults
{
    public static void Apply(AccessOptions access, StorageOptions storage)
    {
        if (!string.IsNullOrWhiteSpace(access.SigningKey) || !string.IsNullOrWhiteSpace(access.SigningKeyFile) || !string.IsNullOrWhiteSpace(access.Authority))
        {
            return;
        }

        switch (storage.Provider)
        {
            case StorageProvider.Sqlite:
                access.SigningKeyFile = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(storage.SqlitePath))!, "signing-key");
                break;
            case StorageProvider.Memory:
                // Nothing survives a memory-only process, its tokens included.
                access.SigningKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
                break;
            case StorageProvider.Postgres:
                break;
        }
    }
}
