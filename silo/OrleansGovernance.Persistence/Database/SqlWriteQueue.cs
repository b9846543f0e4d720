namespace OrleansGovernance.Persistence.Database;

/// <summary>
/// SQLite takes one writer at a time. Writers that meet at the file spin in the driver's busy retry, which sleeps on
/// thread-pool threads and, past its timeout, fails with SQLITE_BUSY. So every writer in the process, grain storage
/// (the silo's SqliteWriteGate) and the API's own tables alike, waits its turn here asynchronously. A writer in
/// another process (the migrate or api-key command beside a running silo) is covered by the connection's busy
/// timeout instead. PostgreSQL has no such limit, and its writes pass straight through.
/// </summary>
public sealed class SqlWriteQueue(bool singleWriter)
{
    private readonly SemaphoreSlim _turn = new(1, 1);

    public async Task<T> Run<T>(Func<Task<T>> write)
    {
        if (!singleWriter)
        {
            return await write();
        }

        await _turn.WaitAsync();
        try
        {
            return await write();
        }
        finally
        {
            _turn.Release();
        }
    }

    public Task Run(Func<Task> write) => Run(async () =>
    {
        await write();
        return true;
    });
}
