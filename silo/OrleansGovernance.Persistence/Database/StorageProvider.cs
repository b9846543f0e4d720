namespace OrleansGovernance.Persistence.Database;

public enum StorageProvider
{
    /// <summary>The embedded default: a SQLite file, one silo, localhost clustering.</summary>
    Sqlite,

    /// <summary>The cluster store: grain state, membership and reminders in PostgreSQL.</summary>
    Postgres,

    /// <summary>Volatile, for tests only: a private in-memory SQLite database; nothing survives the process.</summary>
    Memory,
}
