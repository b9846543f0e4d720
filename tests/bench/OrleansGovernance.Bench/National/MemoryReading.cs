using System.Diagnostics;

namespace OrleansGovernance.Bench.National;

/// <summary>The process's managed heap after a full, compacting collection, and its working set.</summary>
public sealed record MemoryReading(long HeapBytes, long WorkingSetBytes)
{
    public static MemoryReading Take()
    {
        // Twice: finalizers run after the first collection may free more for the second.
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        using var process = Process.GetCurrentProcess();
        return new MemoryReading(GC.GetTotalMemory(forceFullCollection: false), process.WorkingSet64);
    }
}
