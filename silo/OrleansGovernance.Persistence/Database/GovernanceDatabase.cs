using System.Data.Common;

namespace OrleansGovernance.Persistence.Database;

/// <summary>
/// The platform's own database: the PostgreSQL or SQLite store that holds grain state, read by the compounds' facts
/// source and written by the SQL stores. <see cref="GovernanceDatabaseHosting.AddGovernanceDatabase"/> registers one
/// for the provider configured (memory storage is SQLite in memory).
/// </summary>
public sealed record GovernanceDatabase(DbDataSource DataSource, SqlDialect Dialect) : IAsyncDisposable
{
    /// <summary>Every writer in this process queues here; see <see cref="SqlWriteQueue"/>.</summary>
    public SqlWriteQueue Writes { get; } = new(singleWriter: Dialect == SqlDialect.Sqlite);

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
