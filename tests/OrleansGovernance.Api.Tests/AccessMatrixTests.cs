using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace OrleansGovernance.Api.Tests;

[Collection(AccessCollection.Name)]
public sealed class AccessMatrixTests(AccessPlatform platform)
{
    public static TheoryData<string, string> Attempts()
    {
        var attempts = new TheoryData<string, string>();
        foreach (var endpoint in AccessMatrix.Cases)
        {
            foreach (var caller in AccessPlatform.Callers)
            {
                attempts.Add(endpoint.Key, caller);
            }
        }

        return attempts;
    }

    [Theory]
    [MemberData(nameof(Attempts))]
    public async Task Allowed_callers_succeed_and_the_others_are_refused_without_any_change(string endpoint, string caller)
    {
        await platform.Ready();
        var access = AccessMatrix.Cases.Single(c => c.Key == endpoint);
        var attempt = await access.Arrange(platform);
        var before = attempt.Observe is null ? null : await attempt.Observe();

        using var request = new HttpRequestMessage(new HttpMethod(access.Method), attempt.Path)
        {
            Content = attempt.Content?.Invoke() ?? (attempt.Body is null ? null : JsonContent.Create(attempt.Body)),
        };
        // Headers are enough to judge, and a live feed never ends its body.
        using var response = await platform.Caller(caller).SendAsync(request, HttpCompletionOption.ResponseHeadersRead);

        if (access.Allowed.Contains(caller))
        {
            // The body is read only on failure: a live feed's never ends.
            if (!response.IsSuccessStatusCode)
            {
                Assert.Fail($"{caller} {endpoint}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }
        else
        {
            Assert.Equal(caller == "anonymous" ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden, response.StatusCode);
            if (before is not null)
            {
                Assert.Equal(before, await attempt.Observe!());
            }
        }
    }

    [Fact]
    public void Every_mapped_endpoint_says_who_may_call_it()
    {
        var mapped = platform.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(method => $"{method} {e.RoutePattern.RawText}"))
            .Order();

        Assert.Equal(mapped, AccessMatrix.Cases.Select(c => c.Key).Order());
    }
}
