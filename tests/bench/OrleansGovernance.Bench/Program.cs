using System.Globalization;
using OrleansGovernance.Bench;
using OrleansGovernance.Testing;

// dotnet run -c Release --project tests/bench/OrleansGovernance.Bench -- durable-writes [--seconds 30] [--concurrency 64] [--compounds 500]
if (args is not ["durable-writes", ..])
{
    Console.Error.WriteLine("usage: durable-writes [--seconds N] [--concurrency N] [--compounds N]");
    return 2;
}

int Option(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}

var options = new DurableWriteOptions(Option("--concurrency", 64), Option("--compounds", 500), Option("--seconds", 30));
var postgres = new PostgresServer();
await postgres.InitializeAsync();
try
{
    var result = await new DurableWriteBenchmark(options).Run(postgres);
    Console.WriteLine(result.ToMarkdown());
}
finally
{
    await postgres.DisposeAsync();
}

return 0;
