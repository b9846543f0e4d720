using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace OrleansGovernance.Api.Tests;

/// <summary>
/// Every write of /api/v1 (from the access matrix, so a new endpoint is covered as soon as it is listed there), sent
/// spoilt in every way <see cref="Mutations"/> knows: the answer is a 4xx problem, never a 5xx, and nothing changes.
/// One test per endpoint, reporting every offending mutation at once.
/// </summary>
[Collection(AccessCollection.Name)]
public sealed class MalformedInputTests(AccessPlatform platform)
{
    private readonly GrainRows _rows = new(platform.DatabasePath);

    public static TheoryData<string> Writes() => [.. AccessMatrix.Cases.Where(c => c.Method != "GET").Select(c => c.Key)];

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task Malformed_requests_get_a_4xx_problem_and_change_nothing(string endpoint)
    {
        await platform.Ready();
        var write = AccessMatrix.Cases.Single(c => c.Key == endpoint);
        var bodyType = BodyTypeOf(write);
        var attempt = await write.Arrange(platform);
        var mutations = Mutations.Of(write.Route, attempt, bodyType);
        var offences = new List<string>();
        var state = await Observe(attempt);
        var rows = await _rows.Count();

        for (var i = 0; i < mutations.Count; i++)
        {
            var mutation = mutations[i];
            using var request = mutation.Request(write.Method);
            using var response = await platform.Caller(write.Actor).SendAsync(request);
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                if (mutation.Expected == Verdict.Refused)
                {
                    offences.Add($"{mutation.Name}: accepted with {status}");
                }

                // A valid request changed what it should; carry on from a fresh arrangement of the same shape.
                attempt = await write.Arrange(platform);
                mutations = Mutations.Of(write.Route, attempt, bodyType);
                state = await Observe(attempt);
                rows = await _rows.Count();
                continue;
            }

            var problem = response.Content.Headers.ContentType?.MediaType == "application/problem+json";
            var changed = await Observe(attempt) != state;
            var leftRows = await _rows.Count() != rows;
            if (status is < 400 or >= 500 || !problem || changed || leftRows)
            {
                var detail = await response.Content.ReadAsStringAsync();
                offences.Add($"{mutation.Name}: {status}{(problem ? "" : " without problem details")}{(changed ? ", state changed" : "")}"
                    + $"{(leftRows ? ", rows written" : "")} {detail[..Math.Min(detail.Length, 300)]}");
            }
        }

        foreach (var unknown in new[] { Mutations.UnknownPlace, Mutations.UnknownTicket, Mutations.UnknownMilestone })
        {
            if (await _rows.Mentioning(unknown) > 0)
            {
                offences.Add($"a grain row for the unknown id '{unknown}' was left behind");
            }
        }

        Assert.True(offences.Count == 0, $"{endpoint}, {mutations.Count} mutations, {offences.Count} offending:\n{string.Join('\n', offences)}");
    }

    private static Task<string> Observe(Attempt attempt) =>
        (attempt.Observe ?? throw new InvalidOperationException($"{attempt.Path} names no way to observe what it changes"))();

    private Type? BodyTypeOf(AccessCase write) => platform.Services.GetRequiredService<EndpointDataSource>().Endpoints
        .OfType<RouteEndpoint>()
        .Single(e => e.RoutePattern.RawText == write.Route && e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains(write.Method) == true)
        .Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
}
