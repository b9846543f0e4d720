using System.Net;

namespace OrleansGovernance.Api.Tests;

[Collection(PlatformCollection.Name)]
public sealed class ApiDocsTests(PlatformFixture platform)
{
    [Fact]
    public async Task The_api_reference_page_reads_the_openapi_document_with_scripts_served_by_the_platform_itself()
    {
        using var http = platform.CreateClient();

        var page = await http.GetAsync("/scalar/");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);

        // Scalar's own script resolves the relative document address against the application's base: /openapi/v1.json.
        Assert.Contains("\"url\":\"openapi/v1.json\"", html);
        Assert.Contains("<script src=\"scalar.js\"></script>", html);
        Assert.DoesNotContain("https://", html);
        var script = await http.GetAsync("/scalar/scalar.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/openapi/v1.json")).StatusCode);
    }
}
