using System.Globalization;

namespace OrleansGovernance.Testing;

/// <summary>How a test silo is configured, as environment variables the host reads.</summary>
public sealed record SiloSettings(string Provider, string ConnectionOrPath, string ClusterId)
{
    public int SiloPort { get; init; } = FreePorts.Next();

    public int GatewayPort { get; init; } = FreePorts.Next();

    public int HttpPort { get; init; } = FreePorts.Next();

    /// <summary>The address the API listens on (Urls).</summary>
    public string HttpAddress { get; init; } = "127.0.0.1";

    /// <summary>Orleans:AdvertisedIP: where the other silos reach this one; the silo listens there too.</summary>
    public string SiloAddress { get; init; } = "127.0.0.1";

    /// <summary>The network namespace (ip netns) the silo runs in; null runs it in the tests' own.</summary>
    public string? NetworkNamespace { get; init; }

    public bool Seed { get; init; } = true;

    /// <summary>Auth:SigningKey; null leaves the silo to its own default (the key file beside a SQLite database).</summary>
    public string? SigningKey { get; init; } = TestTokens.SigningKey;

    /// <summary>Whether the silo serves the HTTP API itself (Api:Enabled); /healthz answers either way.</summary>
    public bool Api { get; init; } = true;

    /// <summary>Seed:TicketsPerCompoundPerMonth, the synthetic history seeded with Xinglin (fewer tickets start faster).</summary>
    public double SeedTicketsPerCompoundPerMonth { get; init; } = 0.3;

    /// <summary>Health:DrainDelay, how long the silo serves with readiness down after SIGTERM; null keeps its default.</summary>
    public TimeSpan? DrainDelay { get; init; }

    /// <summary>More settings, as configuration keys (Webhooks:FirstWait) or environment names (Notifications__Smtp__Host), for what a test tunes.</summary>
    public IReadOnlyList<(string Key, string Value)> More { get; init; } = [];

    /// <summary>Another silo of the same cluster on fresh ports.</summary>

    public SiloSettings Sibling() => this with { SiloPort = FreePorts.Next(), GatewayPort = FreePorts.Next(), HttpPort = FreePorts.Next() };

    public IEnumerable<(string Key, string Value)> Environment()
    {
        yield return ("Urls", $"http://{HttpAddress}:{HttpPort}");
        yield return ("Storage__Provider", Provider);
        yield return (Provider == "postgres" ? "ConnectionStrings__Governance" : "Storage__SqlitePath", ConnectionOrPath);
        yield return ("Orleans__ClusterId", ClusterId);
        yield return ("Orleans__ServiceId", ClusterId);
        yield return ("Orleans__AdvertisedIP", SiloAddress);
        yield return ("Orleans__SiloPort", SiloPort.ToString(CultureInfo.InvariantCulture));
        yield return ("Orleans__GatewayPort", GatewayPort.ToString(CultureInfo.InvariantCulture));
        yield return ("Seed__Enabled", Seed ? "true" : "false");
        yield return ("Api__Enabled", Api ? "true" : "false");

        // The fault tests write as fast as they can from one address; the per-client limit is not what they measure.
        yield return ("Api__RateLimit__PermitsPerSecond", "100000");
        yield return ("Api__RateLimit__Burst", "100000");
        yield return ("Seed__Until", "2026-11-26T12:00:00+08:00");
        yield return ("Seed__TicketsPerCompoundPerMonth", SeedTicketsPerCompoundPerMonth.ToString(CultureInfo.InvariantCulture));
        if (SigningKey is not null)
        {
            yield return ("Auth__SigningKey", SigningKey);
        }

        if (DrainDelay is { } drain)
        {
            yield return ("Health__DrainDelay", drain.ToString("c", CultureInfo.InvariantCulture));
        }

        foreach (var (key, value) in More)
        {
            yield return (key.Replace(":", "__", StringComparison.Ordinal), value);
        }

        yield return ("Logging__Console__TimestampFormat", "HH:mm:ss.fff ");
        yield return ("Logging__LogLevel__Default", "Warning");
        yield return ("Logging__LogLevel__OrleansGovernance", "Information");
    }
}
