using System.Globalization;
using OrleansGovernance.Bench;
using OrleansGovernance.Bench.Conventional;
using OrleansGovernance.Bench.Intake;
using OrleansGovernance.Bench.Scale;
using OrleansGovernance.Testing;

// dotnet run -c Release --project tests/bench/OrleansGovernance.Bench -- durable-writes [--seconds 30] [--concurrency 64] [--compounds 500]
// dotnet run -c Release --project tests/bench/OrleansGovernance.Bench -- freshness [--concurrency 16] [--probes 100]
// dotnet run -c Release --project tests/bench/OrleansGovernance.Bench -- scale [--clients 8] [--rounds 2] [--seconds 30]
// dotnet run -c Release --project tests/bench/OrleansGovernance.Bench -- intake [--seconds 60] [--concurrency 64] [--probes 100]
// dotnet run -c Release --project tests/bench/OrleansGovernance.Bench -- failover [--clients 8] [--rate 10] [--seconds 20]
// conventional-service: the conventional CRUD service as a process of its own, started by the intake benchmark.
if (args is [ConventionalService.Command, ..])
{
    await ConventionalService.Run();
    return 0;
}

if (args is not ["durable-writes" or "freshness" or "scale" or "intake" or "failover", ..])
{
    Console.Error.WriteLine("usage: durable-writes [--seconds N] [--concurrency N] [--compounds N] | freshness [--concurrency N] [--probes N] | scale [--clients N] [--rounds N] [--seconds N] | intake [--seconds N] [--concurrency N] [--probes N] | failover [--clients N] [--rate N] [--seconds N]");
    return 2;
}

int Option(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}

var postgres = new PostgresServer();
await postgres.InitializeAsync();
try
{
    Console.WriteLine(args[0] switch
    {
        "freshness" => (await new FreshnessBenchmark(new FreshnessOptions(Option("--concurrency", 16), Option("--probes", 100))).Run(postgres)).ToMarkdown(),
        "scale" => (await new ScaleScenario(new ScaleOptions(Option("--clients", 8), Option("--rounds", 2), Option("--seconds", 30)), Console.Error.WriteLine).Run(postgres)).ToMarkdown(),
        "intake" => (await new IntakeBenchmark(new IntakeOptions(Option("--seconds", 60), Option("--concurrency", 64), Probes: Option("--probes", 100)), Console.Error.WriteLine).Run(postgres)).ToMarkdown(),
        "failover" => (await new FailoverBenchmark(new FailoverOptions(Option("--clients", 8), Option("--rate", 10), Option("--seconds", 20)), Console.Error.WriteLine).Run(postgres)).ToMarkdown(),
        _ => (await new DurableWriteBenchmark(new DurableWriteOptions(Option("--concurrency", 64), Option("--compounds", 500), Option("--seconds", 30))).Run(postgres)).ToMarkdown(),
    });
}
finally
{
    await postgres.DisposeAsync();
}

return 0;
