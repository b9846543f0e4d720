using OrleansGovernance.Persistence.Database;

namespace OrleansGovernance.Persistence.Streams;

/// <summary>
/// How many queues carry the compound-changes stream. The outbox trigger places each compound's rows in a queue
/// (on PostgreSQL by a hash of the compound id, modulo <see cref="Count"/>, which the 0010 script must say too), and
/// the silos share the queues out among themselves. An embedded database serves one silo, so it has one queue.
/// </summary>
public static class CompoundChangeQueues
{
    public const int Count = 8;

    public static int For(SqlDialect dialect) => dialect == SqlDialect.Postgres ? Count : 1;
}
