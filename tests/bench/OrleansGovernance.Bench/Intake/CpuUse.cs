namespace OrleansGovernance.Bench.Intake;

/// <summary>CPU seconds each named part used over a measured interval (see <see cref="CpuTime"/>).</summary>
public sealed record CpuUse(IReadOnlyDictionary<string, double> Seconds)
{
    public static readonly CpuUse None = new(new Dictionary<string, double>());

    /// <summary>Reads every source when the interval starts, <paramref name="after"/> from now, and when it ends, <paramref name="during"/> later.</summary>
    public static async Task<CpuUse> Measure(IReadOnlyDictionary<string, Func<double>> sources, TimeSpan after, TimeSpan during)
    {
        await Task.Delay(after);
        var start = sources.ToDictionary(s => s.Key, s => s.Value());
        await Task.Delay(during);
        return new CpuUse(sources.ToDictionary(s => s.Key, s => s.Value() - start[s.Key]));
    }

    /// <summary>"name 1.23 ms" for each part: its CPU time per operation counted by <paramref name="measured"/>.</summary>
    public string PerOperation(Measured measured) => measured.Count == 0
        ? "–"
        : string.Join(", ", Seconds.Select(s => $"{s.Key} {s.Value * 1000 / measured.Count:F2} ms"));
}
