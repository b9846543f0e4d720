using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace OrleansGovernance.Integration.Tests;

/// <summary>
/// A network of its own for each silo on this machine: a network namespace with two links, one to a cluster bridge
/// (silo to silo) and one to a service bridge, whose address in the tests' namespace is where the silo's HTTP clients
/// and its database are. Cutting a silo takes its cluster link off the bridge, so what it and its peers send each
/// other is silently lost while its clients and the database still reach it: a cluster network failing under one node.
/// Every name starts with ogp and the owning process id, and subnets are picked among those unused, so what a crashed
/// run left behind cannot trip the next one, which deletes it. Needs root; fails loudly without it.
/// </summary>
internal sealed partial class PartitionNetwork : IAsyncDisposable
{
    private const string Prefix = "ogp";

    private readonly string _name = $"{Prefix}{Environment.ProcessId}";
    private readonly string _clusterSubnet;
    private readonly string _serviceSubnet;
    private readonly int _silos;
    private bool _removed;

    private PartitionNetwork(int silos, string clusterSubnet, string serviceSubnet)
    {
        _silos = silos;
        _clusterSubnet = clusterSubnet;
        _serviceSubnet = serviceSubnet;
        AppDomain.CurrentDomain.ProcessExit += RemoveOnExit;
    }

    /// <summary>The tests' own address on the service bridge: silos reach the database relay here.</summary>
    public IPAddress ServiceGateway => IPAddress.Parse($"{_serviceSubnet}.1");

    private string ClusterBridge => $"{_name}c";

    private string ServiceBridge => $"{_name}s";

    public static async Task<PartitionNetwork> Create(int silos)
    {
        PartitionNetwork? network = null;
        try
        {
            await RemoveLeftovers();
            var (cluster, service) = await UnusedSubnets();
            network = new PartitionNetwork(silos, cluster, service);
            await network.Build();
            return network;
        }
        catch (Exception failure) when (failure is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            if (network is not null)
            {
                await network.DisposeAsync();
            }

            throw new InvalidOperationException(
                "Network namespaces could not be made: this test needs root and iproute2's ip (ip netns, veth, bridge). It does not skip.", failure);
        }
    }

    public string Namespace(int silo) => $"{_name}n{silo}";

    public string ClusterAddress(int silo) => $"{_clusterSubnet}.{10 + silo}";

    public string ServiceAddress(int silo) => $"{_serviceSubnet}.{10 + silo}";

    /// <summary>Takes the silo's cluster link off the bridge: its peers' packets and its own to them are dropped.</summary>
    public Task Cut(int silo) => Ip("link", "set", ClusterLink(silo), "nomaster");

    public Task Heal(int silo) => Ip("link", "set", ClusterLink(silo), "master", ClusterBridge);

    public async ValueTask DisposeAsync()
    {
        AppDomain.CurrentDomain.ProcessExit -= RemoveOnExit;
        await Remove();
    }

    private string ClusterLink(int silo) => $"{_name}c{silo}";

    private string ServiceLink(int silo) => $"{_name}s{silo}";

    private async Task Build()
    {
        await Ip("link", "add", ClusterBridge, "type", "bridge");
        await Ip("link", "set", ClusterBridge, "up");
        await Ip("link", "add", ServiceBridge, "type", "bridge");
        await Ip("address", "add", $"{ServiceGateway}/24", "dev", ServiceBridge);
        await Ip("link", "set", ServiceBridge, "up");
        for (var silo = 0; silo < _silos; silo++)
        {
            var space = Namespace(silo);
            await Ip("netns", "add", space);
            await Ip("-n", space, "link", "set", "lo", "up");
            foreach (var (link, bridge, inside, address) in new[]
            {
                (ClusterLink(silo), ClusterBridge, "cluster", ClusterAddress(silo)),
                (ServiceLink(silo), ServiceBridge, "service", ServiceAddress(silo)),
            })
            {
                await Ip("link", "add", link, "type", "veth", "peer", "name", inside, "netns", space);
                await Ip("link", "set", link, "master", bridge, "up");
                await Ip("-n", space, "address", "add", $"{address}/24", "dev", inside);
                await Ip("-n", space, "link", "set", inside, "up");
            }
        }
    }

    private async Task Remove()
    {
        if (_removed)
        {
            return;
        }

        _removed = true;
        await RemoveOwnedBy(_name);
    }

    private void RemoveOnExit(object? sender, EventArgs e) => Remove().GetAwaiter().GetResult();

    /// <summary>Deletes the namespaces (and the processes still in them), links and bridges named for one process.</summary>
    private static async Task RemoveOwnedBy(string owner)
    {
        foreach (var space in (await Names("netns", "list")).Where(n => Owner(n) == owner))
        {
            foreach (var pid in (await Ip("netns", "pids", space)).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                await Try(ProcessRunner.Run("kill", ["-KILL", pid]));
            }

            await Ip("netns", "delete", space);
        }

        // Deleting a namespace deletes its ends of the veth pairs and with them the ends on the bridges.
        foreach (var link in (await Names("-o", "link", "show")).Where(n => Owner(n) == owner))
        {
            await Try(Ip("link", "delete", link));
        }
    }

    /// <summary>What a run of this test left behind when its process died (or this process's id reused) goes first.</summary>
    private static async Task RemoveLeftovers()
    {
        var names = (await Names("netns", "list")).Concat(await Names("-o", "link", "show"));
        foreach (var owner in names.Select(Owner).OfType<string>().Distinct())
        {
            var pid = int.Parse(owner[Prefix.Length..], CultureInfo.InvariantCulture);
            if (pid == Environment.ProcessId || !Directory.Exists($"/proc/{pid}"))
            {
                await RemoveOwnedBy(owner);
            }
        }
    }

    private static async Task<(string Cluster, string Service)> UnusedSubnets()
    {
        var used = await Ip("-4", "route", "show", "table", "all");
        while (true)
        {
            var second = Random.Shared.Next(64, 250);
            var third = Random.Shared.Next(0, 127) * 2;
            var (cluster, service) = ($"10.{second}.{third}", $"10.{second}.{third + 1}");
            if (!used.Contains(cluster + ".", StringComparison.Ordinal) && !used.Contains(service + ".", StringComparison.Ordinal))
            {
                return (cluster, service);
            }
        }
    }

    /// <summary>The names ip lists: a namespace's is the first word of its line, a link's the field after its index (without "@peer").</summary>
    private static async Task<IEnumerable<string>> Names(params string[] arguments) =>
        (await Ip(arguments)).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => arguments[0] == "-o" ? line.Split(':')[1].Trim() : line.Split(' ')[0])
            .Select(name => name.Split('@')[0]);

    private static string? Owner(string name) => OwnedName().Match(name) is { Success: true } match ? match.Groups[1].Value : null;

    private static Task<string> Ip(params string[] arguments) => ProcessRunner.Run("ip", arguments);

    /// <summary>For what may be gone already: a process that exited, a link its namespace took with it.</summary>
    private static async Task Try(Task<string> command)
    {
        try
        {
            await command;
        }
        catch (InvalidOperationException)
        {
        }
    }

    [GeneratedRegex($"^({Prefix}[0-9]+)[a-z]")]
    private static partial Regex OwnedName();
}
