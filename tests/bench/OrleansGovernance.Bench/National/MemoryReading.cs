using System.Diagnostics;

namespace OrleansGovernance.Bench.National;

/// <summary>
/// The process's managed heap after a full, compacting collection and its working set then; its working set once the
/// collector has also returned the memory it keeps free for later (an aggressive collection), which is what the live
/// objects need; and the peak working set so far.
/// </summary>
public sealed record MemoryReading(long HeapBytes, long WorkingSetBytes, long ReturnedWorkingSetBytes, long PeakWorkingSetBytes)
{
    public static MemoryReading Take()
    {
        // Twice: finalizers run after the first collection may free more for the second.
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        using var process = Process.GetCurrentProcess();
        var (heap, workingSet) = (GC.GetTotalMemory(forceFullCollection: false), process.WorkingSet64);
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        process.Refresh();
        return new MemoryReading(heap, workingSet, process.WorkingSet64, process.PeakWorkingSet64);
    }
}
