using OrleansGovernance.Bench.Intake;

namespace OrleansGovernance.Bench.Platform;

/// <summary>What the silo processes and the PostgreSQL server spent over a measured interval: CPU time, and the silos' garbage-collection pauses.</summary>
public sealed record SiloInterval(CpuUse Cpu, GcPauseReading Pauses)
{
    public const string Silo = "silo";
    public const string Postgres = "PostgreSQL";

    /// <summary>Starts <paramref name="after"/> from now and lasts <paramref name="during"/>, like the load it measures.</summary>
    public static async Task<SiloInterval> Measure(IReadOnlyList<PlatformSiloProcess> silos, HttpClient http, int postgresPort, TimeSpan after, TimeSpan during)
    {
        await Task.Delay(after);
        foreach (var silo in silos)
        {
            await silo.GcPauses(http);
        }

        var used = await CpuUse.Measure(new Dictionary<string, Func<double>>
        {
            [Silo] = () => silos.Sum(silo => CpuTime.Of(silo.ProcessId)),
            [Postgres] = () => CpuTime.OfPostgres(postgresPort),
            ["machine"] = CpuTime.OfMachine,
        }, TimeSpan.Zero, during);
        var pauses = new List<double>();
        double total = 0;
        foreach (var silo in silos)
        {
            var reading = await silo.GcPauses(http);
            pauses.AddRange(reading.Pauses);
            total += reading.TotalMs;
        }

        return new SiloInterval(used, new GcPauseReading(pauses, total));
    }

    /// <summary>CPU ms of <paramref name="part"/> per operation that <paramref name="measured"/> counted.</summary>
    public double MsPer(string part, Measured measured) =>
        measured.Count == 0 ? 0 : Cpu.Seconds.GetValueOrDefault(part) * 1000 / measured.Count;
}
