namespace OrleansGovernance.Testing;

/// <summary>
/// Figures follow writes asynchronously (streams, then a short publish delay): tests read until the condition holds
/// or the time is up, and assert on what they read last, so a timeout fails with the value that was seen.
/// </summary>
public static class Eventually
{
    public static async Task<T> Until<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan? timeout = null)
    {
        var limit = timeout ?? TimeSpan.FromSeconds(15);
        var deadline = DateTime.UtcNow + limit;
        while (true)
        {
            var value = await read();
            if (done(value) || DateTime.UtcNow > deadline)
            {
                return value;
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Reads until two reads a quiet interval apart agree: the figures have come to rest.</summary>
    public static async Task<T> Stable<T>(Func<Task<T>> read, TimeSpan? quiet = null, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        var previous = await read();
        while (true)
        {
            await Task.Delay(quiet ?? TimeSpan.FromSeconds(1.5));
            var current = await read();
            if (Equals(current, previous) || DateTime.UtcNow > deadline)
            {
                return current;
            }

            previous = current;
        }
    }
}
