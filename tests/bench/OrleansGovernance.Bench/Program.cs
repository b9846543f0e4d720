using System.Globalization;
using OrleansGovernance.Bench;
using OrleansGovernance.Bench.National;
using OrleansGovernance.Bench.Scale;
using OrleansGovernance.Testing;

// dotnet run -c Release --project tests/bench/OrleansGovernance.Bench -- durable-writes [--seconds 30] [--concurrency 64] [--compounds 500]
// dotnet run -c Release --project tests/bench/OrleansGovernance.Bench -- freshness [--concurrency 16] [--probes 100]
// dotnet run -c Release --project tests/bench/OrleansGovernance.Bench -- scale [--clients 8] [--rounds 2] [--seconds 30]
// dotnet run -c Release --project tests/bench/OrleansGovernance.Bench -- national [--scale 1] [--seed 8] [--tickets 2] [--concurrency 256] [--hold 0]
if (args is not ["durable-writes" or "freshness" or "scale" or "national", ..])
{
    Console.Error.WriteLine("usage: durable-writes [--seconds N] [--concurrency N] [--compounds N] | freshness [--concurrency N] [--probes N] | scale [--clients N] [--rounds N] [--seconds N] | national [--scale F] [--seed N] [--tickets F] [--concurrency N] [--hold S]");
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

var postgres = new PostgresServer();
await postgres.InitializeAsync();
try
{
    Console.WriteLine(args[0] switch
    {
        "freshness" => (await new FreshnessBenchmark(new FreshnessOptions(Option("--concurrency", 16), Option("--probes", 100))).Run(postgres)).ToMarkdown(),
        "national" => (await new NationalBenchmark(
            new NationalOptions(Fraction("--scale", 1), Option("--seed", 8), Fraction("--tickets", 2), Option("--concurrency", 256), TimeSpan.FromMinutes(10),
                TimeSpan.FromSeconds(Option("--hold", 0))),
            Console.Error.WriteLine).Run(postgres)).ToMarkdown(),
        "scale" => (await new ScaleScenario(new ScaleOptions(Option("--clients", 8), Option("--rounds", 2), Option("--seconds", 30)), Console.Error.WriteLine).Run(postgres)).ToMarkdown(),
        _ => (await new DurableWriteBenchmark(new DurableWriteOptions(Option("--concurrency", 64), Option("--compounds", 500), Option("--seconds", 30))).Run(postgres)).ToMarkdown(),
    });
}
finally
{
    await postgres.DisposeAsync();
}

return 0;
