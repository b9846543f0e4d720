using Microsoft.Extensions.Configuration;

namespace OrleansGovernance.Persistence.Database;

/// <summary>Configuration section "Storage".</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>The SQLite file, relative to the working directory.</summary>
    public string SqlitePath { get; set; } = Path.Combine("data", "governance.db");

    /// <summary>PostgreSQL connection string; ConnectionStrings:Governance (env ConnectionStrings__Governance) also works.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Run pending migrations when the silo starts (the separate "migrate" command runs them alone).</summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>
    /// PostgreSQL grain-state commits that may run at once; each carries every write that arrived while the others
    /// were under way. Two keep one batch filling while another commits.
    /// </summary>
    public int Committers { get; set; } = 2;

    public string ResolveConnectionString(IConfiguration configuration) => Provider switch
    {
        StorageProvider.Sqlite => SqliteConnectionString(SqlitePath),
        StorageProvider.Postgres => ConnectionString ?? configuration.GetConnectionString("Governance")
            ?? throw new InvalidOperationException("The PostgreSQL database is not named: set Storage:ConnectionString or ConnectionStrings:Governance (env ConnectionStrings__Governance)."),
        StorageProvider.Memory => MemoryConnectionString,
        _ => "",
    };

    /// <summary>
    /// Memory storage: a SQLite database in this process's memory, private to it (its name is made afresh for each
    /// process) and shared by its connections, so tests run the same SQL, triggers and stream as the embedded default
    /// and nothing outlives the process. <see cref="Migrations.MigrationHostedService"/> creates it and keeps it open.
    /// </summary>
    public static string MemoryConnectionString { get; } = $"Data Source=governance-{Guid.NewGuid():N};Mode=Memory;Cache=Shared;Default Timeout=30";

    /// <summary>
    /// Waits up to 30 s on a lock held by another process (the driver's busy timeout); in-process writers are
    /// queued by the write gate instead, so this only matters for the migrate command running beside a silo.
    /// </summary>
    public static string SqliteConnectionString(string path) => $"Data Source={path};Default Timeout=30;Pooling=True";
}
