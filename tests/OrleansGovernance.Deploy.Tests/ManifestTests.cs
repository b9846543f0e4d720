using System.Globalization;
using System.Text.Json.Nodes;
using OrleansGovernance.Api.Health;

namespace OrleansGovernance.Deploy.Tests;

/// <summary>Every kustomization, rendered by kubectl, holds together and runs the platform safely.</summary>
public sealed class ManifestTests
{
    private const int HttpPort = 8080;
    private const int MetricsPort = 9464;

    public static TheoryData<string> Kustomizations => ["base", "overlays/dev", "overlays/prod"];

    [Theory]
    [MemberData(nameof(Kustomizations))]
    public void Silos_and_the_api_host_are_probed_on_the_hosts_own_health_endpoints(string kustomization)
    {
        foreach (var name in new[] { "silo", "api" })
        {
            var container = Container(Rendered.Kustomize(kustomization).Single("Deployment", name));
            Assert.Equal(GovernanceHealth.StartupPath, Probe(container, "startupProbe"));
            Assert.Equal(GovernanceHealth.ReadyPath, Probe(container, "readinessProbe"));
            Assert.Equal(GovernanceHealth.LivePath, Probe(container, "livenessProbe"));
        }
    }

    [Theory]
    [MemberData(nameof(Kustomizations))]
    public void Pods_get_longer_to_stop_than_the_host_gives_itself_to_shut_down(string kustomization)
    {
        foreach (var deployment in Rendered.Kustomize(kustomization).OfKind("Deployment").Where(PartOfThePlatform))
        {
            var pod = deployment["spec"]!["template"]!["spec"]!;
            var env = Environment(Container(deployment));
            var shutdown = TimeSpan.Parse(env["HostOptions__ShutdownTimeout"], CultureInfo.InvariantCulture);
            var drain = TimeSpan.Parse(env["Health__DrainDelay"], CultureInfo.InvariantCulture);
            Assert.True(drain < shutdown, $"{deployment["metadata"]!["name"]}: the drain delay is part of the shutdown timeout");
            Assert.True((int)pod["terminationGracePeriodSeconds"]! > shutdown.TotalSeconds, $"{deployment["metadata"]!["name"]}: grace period within the shutdown timeout");
        }
    }

    [Theory]
    [MemberData(nameof(Kustomizations))]
    public void Selectors_and_targets_find_the_pods_they_are_meant_for(string kustomization)
    {
        var rendered = Rendered.Kustomize(kustomization);
        var workloads = rendered.Objects.Where(o => (string?)o["kind"] is "Deployment" or "StatefulSet").ToList();
        foreach (var workload in workloads)
        {
            Assert.True(Selector.Matches(workload["spec"]!["selector"]!.AsObject(), Labels(workload)), $"{workload["metadata"]!["name"]} selects its own pods");
        }

        var silo = Labels(rendered.Single("Deployment", "silo"));
        var api = Labels(rendered.Single("Deployment", "api"));
        Assert.True(Selector.Matches(rendered.Single("Service", "api")["spec"]!["selector"]!.AsObject(), api));
        Assert.False(Selector.Matches(rendered.Single("Service", "api")["spec"]!["selector"]!.AsObject(), silo));
        Assert.Equal("ClientIP", (string?)rendered.Single("Service", "api")["spec"]!["sessionAffinity"]);
        Assert.True(Selector.Matches(rendered.Single("PodDisruptionBudget", "silo")["spec"]!["selector"]!.AsObject(), silo));
        Assert.True(Selector.Matches(rendered.Single("PodDisruptionBudget", "api")["spec"]!["selector"]!.AsObject(), api));
        Assert.False(Selector.Matches(rendered.Single("PodDisruptionBudget", "silo")["spec"]!["selector"]!.AsObject(), api));

        var target = rendered.Single("HorizontalPodAutoscaler", "silo");
        Assert.Equal("autoscaling/v2", (string?)target["apiVersion"]);
        Assert.Equal("Deployment", (string?)target["spec"]!["scaleTargetRef"]!["kind"]);
        Assert.Equal("silo", (string?)target["spec"]!["scaleTargetRef"]!["name"]);
        Assert.Equal("cpu", (string?)target["spec"]!["metrics"]![0]!["resource"]!["name"]);
        Assert.True((int)target["spec"]!["minReplicas"]! >= 2 && (int)target["spec"]!["maxReplicas"]! > (int)target["spec"]!["minReplicas"]!);

        var policy = rendered.Single("NetworkPolicy", "silo")["spec"]!;
        Assert.True(Selector.Matches(policy["podSelector"]!.AsObject(), silo));
        var orleans = policy["ingress"]!.AsArray().Single(rule => rule!["ports"]!.AsArray().Any(p => (int)p!["port"]! == 11111))!;
        Assert.Equal([11111, 30000], orleans["ports"]!.AsArray().Select(p => (int)p!["port"]!).Order());
        var from = orleans["from"]!.AsArray().Select(peer => peer!["podSelector"]!.AsObject()).ToList();
        Assert.Contains(from, peer => Selector.Matches(peer, silo));
        Assert.Contains(from, peer => Selector.Matches(peer, api));
        Assert.DoesNotContain(from, peer => Selector.Matches(peer, new JsonObject { ["app.kubernetes.io/name"] = "orleans-governance", ["app.kubernetes.io/component"] = "migration" }));
        Assert.All(policy["ingress"]!.AsArray().Where(rule => rule!["from"] is null), open =>
            Assert.Equal([HttpPort, MetricsPort], open!["ports"]!.AsArray().Select(p => (int)p!["port"]!).Order()));
    }

    [Theory]
    [MemberData(nameof(Kustomizations))]
    public void Prometheus_scrapes_silos_and_api_hosts_on_the_images_metrics_port_and_logs_are_json(string kustomization)
    {
        foreach (var name in new[] { "silo", "api" })
        {
            var deployment = Rendered.Kustomize(kustomization).Single("Deployment", name);
            var annotations = deployment["spec"]!["template"]!["metadata"]!["annotations"]!;
            var container = Container(deployment);
            var env = Environment(container);
            var metricsPort = container["ports"]!.AsArray().Single(p => (string?)p!["name"] == "metrics")!;

            Assert.Equal("true", (string?)annotations["prometheus.io/scrape"]);
            Assert.Equal(OrleansGovernance.Api.Observability.MetricsHosting.Path, (string?)annotations["prometheus.io/path"]);
            Assert.Equal(MetricsPort, int.Parse((string)annotations["prometheus.io/port"]!, CultureInfo.InvariantCulture));
            Assert.Equal(MetricsPort, (int)metricsPort["containerPort"]!);
            Assert.Equal("json", env["Logging__Console__FormatterName"]);
        }
    }

    [Theory]
    [MemberData(nameof(Kustomizations))]
    public void Only_the_api_host_is_given_the_signing_key_silos_serve_no_api(string kustomization)
    {
        var rendered = Rendered.Kustomize(kustomization);
        Assert.DoesNotContain(Container(rendered.Single("Deployment", "silo"))["env"]!.AsArray(), e => (string?)e!["name"] == "Auth__SigningKey");
        Assert.Contains(Container(rendered.Single("Deployment", "api"))["env"]!.AsArray(), e => (string?)e!["name"] == "Auth__SigningKey");
    }

    [Theory]
    [MemberData(nameof(Kustomizations))]
    public void No_container_runs_as_root_writes_its_root_filesystem_or_keeps_capabilities(string kustomization)
    {
        foreach (var (workload, pod) in Rendered.Kustomize(kustomization).PodSpecs())
        {
            foreach (var container in pod["containers"]!.AsArray().Select(c => c!.AsObject()))
            {
                var security = container["securityContext"]!;
                var nonRoot = (bool?)security["runAsNonRoot"] ?? (bool?)pod["securityContext"]?["runAsNonRoot"];
                var user = (long?)security["runAsUser"] ?? (long?)pod["securityContext"]?["runAsUser"];
                Assert.True(nonRoot == true, $"{workload}: runAsNonRoot");
                Assert.True(user is not null and not 0, $"{workload}: runs as user {user}");
                Assert.True((bool?)security["readOnlyRootFilesystem"] == true, $"{workload}: readOnlyRootFilesystem");
                Assert.True((bool?)security["allowPrivilegeEscalation"] == false, $"{workload}: allowPrivilegeEscalation");
                Assert.Equal(["ALL"], security["capabilities"]!["drop"]!.AsArray().Select(c => (string?)c));
                Assert.NotNull(container["resources"]?["requests"]);
                Assert.NotNull(container["resources"]?["limits"]);
                Assert.Contains(container["volumeMounts"]!.AsArray(), mount => (string?)mount!["mountPath"] == "/tmp");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Kustomizations))]
    public void Rolling_updates_never_take_a_pod_away_before_its_replacement_is_ready(string kustomization)
    {
        foreach (var deployment in Rendered.Kustomize(kustomization).OfKind("Deployment"))
        {
            Assert.Equal(0, (int)deployment["spec"]!["strategy"]!["rollingUpdate"]!["maxUnavailable"]!);
        }
    }

    [Theory]
    [MemberData(nameof(Kustomizations))]
    public void Silos_learn_who_and_where_they_are_from_the_downward_api_and_leave_http_to_the_api_host(string kustomization)
    {
        var silo = Rendered.Kustomize(kustomization).Single("Deployment", "silo");
        var container = Container(silo);
        var env = container["env"]!.AsArray().ToDictionary(e => (string)e!["name"]!, e => e!.AsObject());
        Assert.Equal("status.podIP", FieldPath(env["Orleans__AdvertisedIP"]));
        Assert.Equal("metadata.name", FieldPath(env["POD_NAME"]));
        foreach (var id in new[] { "Orleans__ServiceId", "Orleans__ClusterId" })
        {
            var label = FieldPath(env[id])!;
            Assert.StartsWith("metadata.labels['", label, StringComparison.Ordinal);
            Assert.NotNull(Labels(silo)[label["metadata.labels['".Length..^2]]);
        }

        Assert.Equal("false", (string?)env["Api__Enabled"]["value"]);
        Assert.Equal("postgres", (string?)env["Storage__Provider"]["value"]);
        var ports = container["ports"]!.AsArray().ToDictionary(p => (string)p!["name"]!, p => (int)p!["containerPort"]!);
        Assert.Equal(11111, ports["silo"]);
        Assert.Equal(30000, ports["gateway"]);
        Assert.Equal(11111, int.Parse((string)env["Orleans__SiloPort"]["value"]!, CultureInfo.InvariantCulture));
        Assert.Equal(30000, int.Parse((string)env["Orleans__GatewayPort"]["value"]!, CultureInfo.InvariantCulture));
    }

    [Theory]
    [MemberData(nameof(Kustomizations))]
    public void The_migration_job_runs_the_silo_image_with_the_migrate_command(string kustomization)
    {
        var rendered = Rendered.Kustomize(kustomization);
        var job = Container(rendered.Single("Job", "migrate"));
        Assert.Equal((string?)Container(rendered.Single("Deployment", "silo"))["image"], (string?)job["image"]);
        Assert.Equal(["migrate"], job["args"]!.AsArray().Select(a => (string?)a));
    }

    [Theory]
    [InlineData("base")]
    [InlineData("overlays/prod")]
    public void Base_and_prod_carry_no_secret_the_operator_creates_them(string kustomization) =>
        Assert.Empty(Rendered.Kustomize(kustomization).OfKind("Secret"));

    [Fact]
    public void Dev_generates_only_secrets_marked_as_dev_only_and_runs_its_own_postgres()
    {
        var dev = Rendered.Kustomize("overlays/dev");
        var secrets = dev.OfKind("Secret").ToList();
        Assert.Equal(2, secrets.Count);
        Assert.All(secrets, secret => Assert.Equal("true", (string?)secret["metadata"]!["labels"]!["orleans-governance/dev-only"]));

        var postgres = dev.Single("StatefulSet", "postgres");
        Assert.Equal("postgres:15", (string?)Container(postgres)["image"]);
        Assert.Single(postgres["spec"]!["volumeClaimTemplates"]!.AsArray());
        Assert.True(Selector.Matches(dev.Single("Service", "postgres")["spec"]!["selector"]!.AsObject(), Labels(postgres)));
    }

    [Fact]
    public void Prod_runs_more_silos_and_scales_within_wider_bounds_than_dev()
    {
        var dev = Rendered.Kustomize("overlays/dev");
        var prod = Rendered.Kustomize("overlays/prod");
        Assert.True((int)prod.Single("Deployment", "silo")["spec"]!["replicas"]! > (int)dev.Single("Deployment", "silo")["spec"]!["replicas"]!);
        Assert.True((int)prod.Single("HorizontalPodAutoscaler", "silo")["spec"]!["maxReplicas"]! > (int)dev.Single("HorizontalPodAutoscaler", "silo")["spec"]!["maxReplicas"]!);
        Assert.Empty(prod.OfKind("StatefulSet"));
    }

    private static bool PartOfThePlatform(JsonObject o) => (string?)o["metadata"]!["labels"]?["app.kubernetes.io/name"] == "orleans-governance";

    private static JsonObject Labels(JsonObject workload) => workload["spec"]!["template"]!["metadata"]!["labels"]!.AsObject();

    private static JsonObject Container(JsonObject workload) => workload["spec"]!["template"]!["spec"]!["containers"]![0]!.AsObject();

    private static Dictionary<string, string> Environment(JsonObject container) =>
        container["env"]!.AsArray().Where(e => e!["value"] is not null).ToDictionary(e => (string)e!["name"]!, e => (string)e!["value"]!);

    private static string? FieldPath(JsonObject variable) => (string?)variable["valueFrom"]?["fieldRef"]?["fieldPath"];

    /// <summary>A probe's path, after checking that it calls the container's HTTP port by name.</summary>
    private static string? Probe(JsonObject container, string probe)
    {
        var get = container[probe]!["httpGet"]!;
        var port = container["ports"]!.AsArray().Single(p => (string?)p!["name"] == (string?)get["port"])!;
        Assert.Equal(HttpPort, (int)port["containerPort"]!);
        return (string?)get["path"];
    }
}
