using Orleans.Storage;

namespace OrleansGovernance.Silo.Storage;

/// <summary>
/// Lets one grain-state write at a time reach the SQLite file. SQLite has a single writer; without the gate,
/// concurrent writers spin in the driver's busy retry, which sleeps on thread-pool threads and stretches
/// latencies to seconds. Queued here, they wait asynchronously and the file sees a steady stream of commits.
/// Reads pass straight through: in WAL mode they never wait for the writer.
/// </summary>
public sealed class SqliteWriteGate(IGrainStorage inner) : IGrainStorage
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ReadStateAsync(stateName, grainId, grainState);

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        Gated(() => inner.WriteStateAsync(stateName, grainId, grainState));

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        Gated(() => inner.ClearStateAsync(stateName, grainId, grainState));

    private async Task Gated(Func<Task> write)
    {
        await _gate.WaitAsync();
        try
        {
            await write();
        }
        finally
        {
            _gate.Release();
        }
    }
}
