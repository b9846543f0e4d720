using System.Data.Common;

namespace OrleansGovernance.Persistence.Database;

/// <summary>
/// The platform's own database as the API reaches it: the same PostgreSQL or SQLite store the silo keeps its grain
/// state in. The host registers one (NpgsqlDataSource, or SqliteFactory's data source), so this library needs no
/// driver of its own; with memory storage there is none, and the API falls back to in-memory stores.
/// </summary>
public sealed record GovernanceDatabase(DbDataSource DataSource, SqlDialect Dialect) : IAsyncDisposable
{
    /// <summary>Every writer in this process queues here; see <see cref="SqlWriteQueue"/>.</summary>
    public SqlWriteQueue Writes { get; } = new(singleWriter: Dialect == SqlDialect.Sqlite);

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
