using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Orleans.Configuration;
using Orleans.Providers.Streams.Common;
using Orleans.Streams;
using OrleansGovernance.Persistence.Database;
using OrleansGovernance.Persistence.GrainState;

namespace OrleansGovernance.Persistence.Streams;

/// <summary>
/// Builds the compound-changes stream's parts over the platform's database. The queue mapper only names the queues
/// for the balancer: which queue a compound's rows are in is the database's choice (the trigger's queue_id), and
/// nothing is produced through Orleans, so the mapper never places a stream.
/// </summary>
internal sealed class CompoundChangeAdapterFactory : IQueueAdapterFactory
{
    /// <summary>Rows read from a queue at most per poll; a compound gets one batch of them.</summary>
    public const int RowsPerRead = 256;

    private readonly CompoundChangeAdapter _adapter;
    private readonly HashRingBasedStreamQueueMapper _queues;
    private readonly SimpleQueueAdapterCache _cache;

    public CompoundChangeAdapterFactory(string name, GovernanceDatabase database, JsonGrainStateSerializer serializer, ILoggerFactory loggers)
    {
        ChangeOutbox outbox = database.Dialect == SqlDialect.Postgres
            ? new PostgresChangeOutbox((NpgsqlDataSource)database.DataSource)
            : new SqliteChangeOutbox(database);
        _adapter = new CompoundChangeAdapter(name, outbox, new CompoundChangeReader(serializer), RowsPerRead);
        _queues = new HashRingBasedStreamQueueMapper(new HashRingStreamQueueMapperOptions { TotalQueueCount = CompoundChangeQueues.For(database.Dialect) }, name);
        _cache = new SimpleQueueAdapterCache(new SimpleQueueCacheOptions(), name, loggers);
    }

    public static IQueueAdapterFactory Create(IServiceProvider services, string name) => new CompoundChangeAdapterFactory(
        name,
        services.GetRequiredService<GovernanceDatabase>(),
        services.GetRequiredService<JsonGrainStateSerializer>(),
        services.GetRequiredService<ILoggerFactory>());

    public Task<IQueueAdapter> CreateAdapter() => Task.FromResult<IQueueAdapter>(_adapter);

    public IQueueAdapterCache GetQueueAdapterCache() => _cache;

    public IStreamQueueMapper GetStreamQueueMapper() => _queues;

    public Task<IStreamFailureHandler> GetDeliveryFailureHandler(QueueId queueId) => Task.FromResult<IStreamFailureHandler>(new NoOpStreamDeliveryFailureHandler());
}
