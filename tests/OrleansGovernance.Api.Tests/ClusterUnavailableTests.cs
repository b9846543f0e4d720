using System.Net;
using Orleans.Runtime;
using OrleansGovernance.Abstractions;

namespace OrleansGovernance.Api.Tests;

/// <summary>What a client sees when the cluster cannot take a call just now: a retryable 503, never a 500.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ClusterUnavailableTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_call_the_cluster_could_not_place_in_time_answers_503_with_retry_after()
    {
        // What Orleans throws when a new activation cannot be placed before the call's deadline, as while a killed
        // silo is still listed in the directory (met by ScaleTests).
        await using var host = await ClientApiHost.Start(platform, client: orleans => orleans.AddOutgoingGrainCallFilter(call =>
            call.MethodName == nameof(ITicketGrain.Get)
                ? throw new OperationCanceledException("Message expired before placement could complete for grain ticket/t-1.")
                : call.Invoke()));

        var answer = await host.Http.GetAsync("/api/v1/tickets/t-20261126105307707-yhuiww");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), answer.Headers.RetryAfter?.Delta);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_call_the_runtime_refused_because_this_silo_was_declared_dead_answers_503_with_retry_after()
    {
        // What a silo cut off from its peers, and declared dead by them, meets when it activates a grain before it
        // has learned its fate (met by NetworkPartitionTests).
        await using var host = await ClientApiHost.Start(platform, client: orleans => orleans.AddOutgoingGrainCallFilter(call =>
            call.MethodName == nameof(ITicketGrain.Get)
                ? throw new OrleansException("Trying to register ticket/t-1 on invalid silo: S10.0.0.12:11111:1. Known status: Dead")
                : call.Invoke()));

        var answer = await host.Http.GetAsync("/api/v1/tickets/t-20261126105307707-yhuiww");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), answer.Headers.RetryAfter?.Delta);
    }
}
