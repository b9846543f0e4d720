using System.Net;
using System.Text.Json;
using System.Xml.Linq;

namespace OrleansGovernance.Api.Tests;

/// <summary>Speaks GeoReport v2 to the platform: form posts, and answers read as XML (System.Xml.Linq) or JSON.</summary>
public sealed class Open311Client(PlatformFixture platform)
{
    public const string Root = "/open311/v2";
    public const string Hualing = "xiamen.jimei.xinglin.fangzhi.hualing-garden";

    public HttpClient Http { get; } = platform.CreateClient();

    public async Task<XElement> Xml(string resource, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await Http.GetAsync($"{Root}/{resource}");
        return await XmlOf(response, expected);
    }

    public async Task<JsonElement> Json(string resource, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await Http.GetAsync($"{Root}/{resource}");
        return await JsonOf(response, expected);
    }

    /// <summary>Posts a service request with the fixture's key, unless the fields say otherwise.</summary>
    public async Task<HttpResponseMessage> File(string format, IEnumerable<KeyValuePair<string, string>> fields, bool withKey = true)
    {
        var all = fields.ToList();
        if (withKey)
        {
            all.Insert(0, new("api_key", await platform.Open311Key()));
        }

        return await Http.PostAsync($"{Root}/requests.{format}", new FormUrlEncodedContent(all));
    }

    public static async Task<XElement> XmlOf(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var document = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("utf-8", document.Declaration?.Encoding, ignoreCase: true);
        return document.Root!;
    }

    public static async Task<JsonElement> JsonOf(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    /// <summary>The spec's error list, in XML: errors/error/(code, description); returns the first description.</summary>
    public static string XmlError(XElement root, int code)
    {
        Assert.Equal("errors", root.Name.LocalName);
        var error = Assert.Single(root.Elements());
        Assert.Equal("error", error.Name.LocalName);
        Assert.Equal(["code", "description"], error.Elements().Select(e => e.Name.LocalName));
        Assert.Equal(code.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Element("code")!.Value);
        Assert.False(string.IsNullOrWhiteSpace(error.Element("description")!.Value));
        return error.Element("description")!.Value;
    }

    /// <summary>The spec's error list, in JSON: [{code, description}]; returns the first description.</summary>
    public static string JsonError(JsonElement root, int code)
    {
        var error = Assert.Single(root.EnumerateArray());
        Assert.Equal(code, error.GetProperty("code").GetInt32());
        return error.GetProperty("description").GetString()!;
    }

    public static IEnumerable<KeyValuePair<string, string>> Fields(params (string Name, string Value)[] fields) =>
        fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value));

    public async Task<int> TicketsAt(string compoundId) =>
        JsonDocument.Parse(await Http.GetStringAsync($"/api/v1/compounds/{compoundId}/tickets")).RootElement.GetArrayLength();
}
