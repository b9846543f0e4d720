using System.Net;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace OrleansGovernance.Api.Tests.Dashboard;

/// <summary>
/// Every stylesheet and script the dashboard's pages load (ours, MudBlazor's, the ECharts bundle, Blazor's) is asked
/// for at its fingerprinted address, sent compressed to a browser that accepts it, and cached for a year.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed partial class StaticAssetTests(PlatformFixture platform, ITestOutputHelper output)
{
    [Fact]
    public async Task Every_stylesheet_and_script_of_a_page_is_fingerprinted_compressed_and_cached_for_a_year()
    {
        using var browser = platform.Anonymous();
        var html = await browser.GetStringAsync("/sign-in");
        var addresses = Asset().Matches(html).Select(m => m.Groups["address"].Value).ToList();

        Assert.Contains(addresses, a => a.StartsWith("_content/MudBlazor/MudBlazor.min.", StringComparison.Ordinal) && a.EndsWith(".css", StringComparison.Ordinal));
        Assert.Contains(addresses, a => a.StartsWith("_content/Vizor.ECharts/js/vizor-echarts-bundle-min.", StringComparison.Ordinal));
        foreach (var address in addresses)
        {
            Assert.Matches(Fingerprinted(), address);
            using var request = new HttpRequestMessage(HttpMethod.Get, "/" + address);
            request.Headers.AcceptEncoding.ParseAdd("gzip, deflate, br");
            using var response = await browser.SendAsync(request);
            var sent = (await response.Content.ReadAsByteArrayAsync()).Length;
            output.WriteLine($"{address}: {sent:N0} bytes {string.Join(",", response.Content.Headers.ContentEncoding)}, {response.Headers.CacheControl}");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(Assert.Single(response.Content.Headers.ContentEncoding), new[] { "gzip", "br" });
            var caching = response.Headers.CacheControl;
            Assert.True(caching is { MaxAge: { } age } && age >= TimeSpan.FromDays(365) && caching.Extensions.Any(e => e.Name == "immutable"), $"{address}: Cache-Control {caching}");
        }
    }

    [Fact]
    public async Task A_client_that_accepts_no_compression_gets_the_stylesheet_whole()
    {
        using var browser = platform.Anonymous();
        var html = await browser.GetStringAsync("/sign-in");
        var stylesheet = Asset().Matches(html).Select(m => m.Groups["address"].Value).First(a => a.StartsWith("_content/MudBlazor/", StringComparison.Ordinal) && a.EndsWith(".css", StringComparison.Ordinal));

        using var response = await browser.GetAsync("/" + stylesheet);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.InRange((await response.Content.ReadAsByteArrayAsync()).Length, 500_000, 1_000_000);
    }

    [GeneratedRegex("(?:href|src)=\"(?<address>[^\"]+\\.(?:css|js))\"")]
    private static partial Regex Asset();

    // A content hash of ten base-36 characters before the extension, as the build names fingerprinted addresses.
    [GeneratedRegex(@"\.[0-9a-z]{10}\.(?:css|js)$")]
    private static partial Regex Fingerprinted();
}
