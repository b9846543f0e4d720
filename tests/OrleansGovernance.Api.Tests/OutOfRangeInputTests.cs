using System.Net;
using static OrleansGovernance.Api.Tests.Open311Client;

namespace OrleansGovernance.Api.Tests;

/// <summary>Values at the edges of what their type can hold are refused as bad input, never answered with a 500.</summary>
[Collection(PlatformCollection.Name)]
public sealed class OutOfRangeInputTests(PlatformFixture platform)
{
    private readonly Open311Client _open311 = new(platform);

    [Theory]
    [InlineData("start_date=9999-12-31T00:00:00Z")]
    [InlineData("end_date=0001-01-01T00:00:00Z")]
    [InlineData("start_date=0001-01-01T00:00:00Z&end_date=9999-12-31T00:00:00Z")]
    public async Task Dates_at_the_ends_of_the_calendar_get_the_error_list(string query)
    {
        var response = await _open311.Http.GetAsync($"{Root}/requests.json?{query}");

        JsonError(await JsonOf(response, HttpStatusCode.BadRequest), 400);
    }

    [Theory]
    [InlineData("/%5Cevil.example")]
    [InlineData("//evil.example")]
    [InlineData("/%5C%5Cevil.example")]
    [InlineData("https://evil.example")]
    public async Task The_language_switch_sends_an_unsafe_return_url_home(string returnUrl)
    {
        using var http = platform.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await http.GetAsync($"/culture?name=en&returnUrl={returnUrl}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }
}
