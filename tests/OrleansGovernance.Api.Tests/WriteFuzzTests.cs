using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace OrleansGovernance.Api.Tests;

/// <summary>
/// A seeded, bounded fuzz run over every write: each JSON write of /api/v1 (from the access matrix) and Open311's POST
/// get thousands of randomly spoilt requests, the same ones on every run. None may answer 5xx, and a refusal must
/// leave what the request would change, and the stored grain rows, exactly as they were.
/// </summary>
[Collection(AccessCollection.Name)]
public sealed class WriteFuzzTests(AccessPlatform platform)
{
    private const int Seed = 20_261_207;
    private const int CasesPerWrite = 60;
    private const int Open311Cases = 600;

    private readonly GrainRows _rows = new(platform.DatabasePath);

    public static TheoryData<string> Writes() => [.. AccessMatrix.Cases.Where(c => c.Method is "POST" or "PUT").Select(c => c.Key)];

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task Spoilt_writes_never_get_a_5xx_and_a_refusal_changes_nothing(string endpoint)
    {
        await platform.Ready();
        var write = AccessMatrix.Cases.Single(c => c.Key == endpoint);
        var fuzzer = new BodyFuzzer(new Random(Seed ^ StableHash(endpoint)));
        var accepts = platform.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Single(e => e.RoutePattern.RawText == write.Route && e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains(write.Method) == true)
            .Metadata.GetMetadata<IAcceptsMetadata>() is not null;
        var offences = new List<string>();
        var attempt = await write.Arrange(platform);
        var (state, rows) = (await Observe(attempt), await _rows.Count());

        for (var i = 0; i < CasesPerWrite; i++)
        {
            using var request = new HttpRequestMessage(new HttpMethod(write.Method), Spoilt(fuzzer, write.Route, attempt.Path, i));
            if (accepts && attempt.Body is not null)
            {
                var valid = attempt.Body as JsonNode ?? JsonSerializer.SerializeToNode(attempt.Body)!;
                request.Content = new ByteArrayContent(fuzzer.Spoil(valid));
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json");
            }

            using var response = await platform.Caller(write.Actor).SendAsync(request);
            if (response.IsSuccessStatusCode)
            {
                // Still a valid request: it changed what it should. Carry on from a fresh arrangement.
                attempt = await write.Arrange(platform);
                (state, rows) = (await Observe(attempt), await _rows.Count());
                continue;
            }

            var status = (int)response.StatusCode;
            var problem = response.Content.Headers.ContentType?.MediaType == "application/problem+json";
            var changed = await Observe(attempt) != state;
            var leftRows = await _rows.Count() != rows;
            if (status >= 500 || !problem || changed || leftRows)
            {
                var detail = await response.Content.ReadAsStringAsync();
                offences.Add($"case {i} {request.RequestUri}: {status}{(problem ? "" : " without problem details")}{(changed ? ", state changed" : "")}"
                    + $"{(leftRows ? ", rows written" : "")} {detail[..Math.Min(detail.Length, 300)]}");
            }
        }

        Assert.True(offences.Count == 0, $"{endpoint}: {offences.Count} of {CasesPerWrite} cases offend (seed {Seed}):\n{string.Join('\n', offences)}");
    }

    [Fact]
    public async Task Spoilt_open311_filings_never_get_a_5xx_and_a_refusal_files_nothing()
    {
        await platform.Ready();
        var fuzzer = new BodyFuzzer(new Random(Seed));
        var random = new Random(Seed + 1);
        var key = await platform.Open311Key();
        var http = platform.Anonymous();
        var offences = new List<string>();
        var (tickets, rows) = (await _rows.OfState("ticket"), await _rows.Count());

        for (var i = 0; i < Open311Cases; i++)
        {
            var fields = Open311Fields(fuzzer, random, key);
            var format = random.Next(2) == 0 ? "json" : "xml";
            using var response = await http.PostAsync($"/open311/v2/requests.{format}", new FormUrlEncodedContent(fields));
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                (tickets, rows) = (await _rows.OfState("ticket"), await _rows.Count());
                continue;
            }

            var errorList = response.Content.Headers.ContentType?.MediaType is "application/json" or "text/xml";
            var filed = await _rows.OfState("ticket") != tickets;
            var leftRows = await _rows.Count() != rows;
            if (status >= 500 || !errorList || filed || leftRows)
            {
                var detail = await response.Content.ReadAsStringAsync();
                offences.Add($"case {i} ({string.Join('&', fields.Select(f => $"{f.Key}={f.Value[..Math.Min(f.Value.Length, 40)]}"))}): {status}"
                    + $"{(errorList ? "" : " without the error list")}{(filed ? ", ticket filed" : "")}{(leftRows ? ", rows written" : "")} {detail[..Math.Min(detail.Length, 300)]}");
            }
        }

        Assert.True(offences.Count == 0, $"{offences.Count} of {Open311Cases} Open311 cases offend (seed {Seed}):\n{string.Join('\n', offences)}");
    }

    /// <summary>A valid filing's fields, each kept, dropped, doubled or replaced at random, plus the odd field of its own.</summary>
    private static List<KeyValuePair<string, string>> Open311Fields(BodyFuzzer fuzzer, Random random, string key)
    {
        var valid = new (string Name, string Value)[]
        {
            ("api_key", key), ("service_code", "objects-thrown-from-height"), ("address_id", AccessPlatform.Compound),
            ("description", "A flowerpot fell"), ("attribute[building]", "Building 5"), ("attribute[harm]", "damage"),
            ("lat", "24.5902"), ("long", "118.0432"), ("address_string", "华铃花园"), ("media_url", "https://photos.example.cn/a.jpg"),
            ("zipcode", "361021"), ("first_name", "阿姨"), ("last_name", "陈"), ("phone", "13800001234"), ("email", "chen@example.cn"),
            ("jurisdiction_id", "xiamen"),
        };
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var (name, value) in valid)
        {
            switch (random.Next(10))
            {
                case 0:
                    break;
                case 1:
                    fields.Add(new(name, value));
                    fields.Add(new(name, fuzzer.OddString()));
                    break;
                case 2 or 3:
                    fields.Add(new(name, random.Next(2) == 0 ? fuzzer.OddString() : fuzzer.Word()));
                    break;
                default:
                    fields.Add(new(name, value));
                    break;
            }
        }

        if (random.Next(4) == 0)
        {
            fields.Add(new(random.Next(2) == 0 ? $"attribute[{fuzzer.Word()}]" : fuzzer.Word(), fuzzer.OddString()));
        }

        return fields;
    }

    /// <summary>The path, with one of its route's ids spoilt in one case of five.</summary>
    private static string Spoilt(BodyFuzzer fuzzer, string route, string path, int i)
    {
        var routeSegments = route.Split('/');
        var segments = path.Split('/');
        var ids = Enumerable.Range(0, routeSegments.Length).Where(s => routeSegments[s].StartsWith('{') && s < segments.Length).ToList();
        if (i % 5 != 4 || ids.Count == 0)
        {
            return path;
        }

        var which = ids[i / 5 % ids.Count];
        segments[which] = fuzzer.PathId(segments[which]);
        return string.Join('/', segments);
    }

    private static Task<string> Observe(Attempt attempt) =>
        (attempt.Observe ?? throw new InvalidOperationException($"{attempt.Path} names no way to observe what it changes"))();

    // string.GetHashCode differs between runs; the seed of each endpoint must not.
    private static int StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)hash;
    }
}
