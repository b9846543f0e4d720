using Orleans.Storage;
using OrleansGovernance.Persistence.Database;

namespace OrleansGovernance.Persistence.GrainState;

/// <summary>
/// Lets one grain-state write at a time reach the SQLite file. SQLite has a single writer; without the gate,
/// concurrent writers spin in the driver's busy retry, which sleeps on thread-pool threads and stretches
/// latencies to seconds. Queued here, they wait asynchronously and the file sees a steady stream of commits.
/// The queue is the database's, shared with the API's own writes (API keys), so those never meet a grain write.
/// Reads pass straight through: in WAL mode they never wait for the writer.
/// </summary>
public sealed class SqliteWriteGate(IGrainStorage inner, SqlWriteQueue writes) : IGrainStorage
{
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ReadStateAsync(stateName, grainId, grainState);

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        writes.Run(() => inner.WriteStateAsync(stateName, grainId, grainState));

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        writes.Run(() => inner.ClearStateAsync(stateName, grainId, grainState));
}
