using System.Globalization;
using OrleansGovernance.Bench;
using OrleansGovernance.Bench.Conventional;
using OrleansGovernance.Bench.History;
using OrleansGovernance.Bench.Import;
using OrleansGovernance.Bench.Intake;
using OrleansGovernance.Bench.National;
using OrleansGovernance.Bench.Platform;
using OrleansGovernance.Bench.Reads;
using OrleansGovernance.Bench.Scale;
using OrleansGovernance.Testing;

// dotnet run -c Release --project tests/bench/OrleansGovernance.Bench -- all        (every benchmark below with its defaults, one after the other)
// dotnet run -c Release --project tests/bench/OrleansGovernance.Bench -- durable-writes [--seconds 30] [--concurrency 64] [--compounds 500]
// dotnet run -c Release --project tests/bench/OrleansGovernance.Bench -- freshness [--concurrency 16] [--probes 100]
// dotnet run -c Release --project tests/bench/OrleansGovernance.Bench -- scale [--clients 8] [--rounds 2] [--seconds 30]
// dotnet run -c Release --project tests/bench/OrleansGovernance.Bench -- intake [--seconds 60] [--concurrency 64] [--probes 100] [--silos 1]
// dotnet run -c Release --project tests/bench/OrleansGovernance.Bench -- reads [--seconds 30] [--communities 1000] [--sql-tickets 0] [--concurrency 64]
// dotnet run -c Release --project tests/bench/OrleansGovernance.Bench -- national [--scale 1] [--seed 8] [--tickets 2] [--years 3] [--concurrency 256] [--hold 0]
// dotnet run -c Release --project tests/bench/OrleansGovernance.Bench -- failover [--clients 8] [--rate 10] [--seconds 20]
// dotnet run -c Release --project tests/bench/OrleansGovernance.Bench -- history [--small 10] [--large 10000] [--compounds 20] [--rounds 2] [--seconds 20] [--concurrency 16]
// dotnet run -c Release --project tests/bench/OrleansGovernance.Bench -- import [--requests 1000000] [--compounds 3000] [--batch 20000]
// conventional-service: the conventional CRUD service as a process of its own, started by the intake and reads benchmarks.
// platform-silo: the silo host as a process of its own with features switched off, started by the intake, reads and history benchmarks.
if (args is [ConventionalService.Command, ..])
{
    await ConventionalService.Run();
    return 0;
}

if (args is [PlatformSilo.Command, var features, ..])
{
    await PlatformSilo.Run((SiloFeatures)int.Parse(features, CultureInfo.InvariantCulture));
    return 0;
}

string[] benchmarks = ["durable-writes", "freshness", "scale", "intake", "reads", "national", "failover", "history", "import"];
if (args.Length == 0 || (args[0] != "all" && !benchmarks.Contains(args[0])))
{
    Console.Error.WriteLine("usage: all | durable-writes [--seconds N] [--concurrency N] [--compounds N] | freshness [--concurrency N] [--probes N] | scale [--clients N] [--rounds N] [--seconds N] | intake [--seconds N] [--concurrency N] [--probes N] [--silos N] | reads [--seconds N] [--communities N] [--sql-tickets N] [--concurrency N] | national [--scale F] [--seed N] [--tickets F] [--years N] [--concurrency N] [--hold S] | failover [--clients N] [--rate N] [--seconds N] | history [--small N] [--large N] [--compounds N] [--rounds N] [--seconds N] [--concurrency N] | import [--requests N] [--compounds N] [--batch N]");
    return 2;
}

int Option(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}

double Fraction(string name, double fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? double.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}

async Task<string> Run(string benchmark, PostgresServer postgres) => benchmark switch
{
    "freshness" => (await new FreshnessBenchmark(new FreshnessOptions(Option("--concurrency", 16), Option("--probes", 100))).Run(postgres)).ToMarkdown(),
    "national" => (await new NationalBenchmark(
        new NationalOptions(Fraction("--scale", 1), Option("--seed", 8), Fraction("--tickets", 2), Option("--concurrency", 256), TimeSpan.FromMinutes(10),
            TimeSpan.FromSeconds(Option("--hold", 0)), Option("--years", 3)),
        Console.Error.WriteLine).Run(postgres)).ToMarkdown(),
    "scale" => (await new ScaleScenario(new ScaleOptions(Option("--clients", 8), Option("--rounds", 2), Option("--seconds", 30)), Console.Error.WriteLine).Run(postgres)).ToMarkdown(),
    "intake" => (await new IntakeBenchmark(new IntakeOptions(Option("--seconds", 60), Option("--concurrency", 64), Probes: Option("--probes", 100), Silos: Option("--silos", 1)), Console.Error.WriteLine).Run(postgres)).ToMarkdown(),
    "reads" => (await new ReadsBenchmark(new ReadsOptions(Option("--seconds", 30), IntakeConcurrency: Option("--concurrency", 64), Communities: Option("--communities", 1_000),
        SqlTicketsPerCompound: Option("--sql-tickets", 0)), Console.Error.WriteLine).Run(postgres)).ToMarkdown(),
    "failover" => (await new FailoverBenchmark(new FailoverOptions(Option("--clients", 8), Option("--rate", 10), Option("--seconds", 20)), Console.Error.WriteLine).Run(postgres)).ToMarkdown(),
    "history" => (await new HistoryBenchmark(new HistoryOptions(Option("--small", 10), Option("--large", 10_000), Option("--compounds", 20), Option("--rounds", 2), Option("--seconds", 20),
        Concurrency: Option("--concurrency", 16)), Console.Error.WriteLine).Run(postgres)).ToMarkdown(),
    "import" => (await new ImportBenchmark(new ImportOptions(Option("--requests", 1_000_000), Option("--compounds", 3_000), Option("--batch", 20_000)), Console.Error.WriteLine).Run(postgres)).ToMarkdown(),
    _ => (await new DurableWriteBenchmark(new DurableWriteOptions(Option("--concurrency", 64), Option("--compounds", 500), Option("--seconds", 30))).Run(postgres)).ToMarkdown(),
};

var postgres = new PostgresServer();
await postgres.InitializeAsync();
try
{
    // "all" prints each benchmark's table under its name as it finishes, so a long run shows its figures as it goes.
    foreach (var benchmark in args[0] == "all" ? benchmarks : [args[0]])
    {
        Console.WriteLine(args[0] == "all" ? $"{Environment.NewLine}## {benchmark} ({DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC){Environment.NewLine}" : "");
        Console.WriteLine(await Run(benchmark, postgres));
    }
}
finally
{
    await postgres.DisposeAsync();
}

return 0;
