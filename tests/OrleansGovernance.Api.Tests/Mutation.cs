using System.Net.Http.Headers;
using System.Text;

namespace OrleansGovernance.Api.Tests;

/// <summary>What a malformed request must get: refused outright, or (when it is still a valid request) anything but a server error.</summary>
public enum Verdict
{
    Refused,
    RefusedOrAccepted,
}

/// <summary>One way to spoil a valid request: where it goes and what it sends instead.</summary>
public sealed record Mutation(string Name, Verdict Expected, string Path, byte[]? Body, string? ContentType = "application/json")
{
    public static Mutation Json(string name, Verdict expected, string path, string json) =>
        new(name, expected, path, Encoding.UTF8.GetBytes(json));

    public HttpRequestMessage Request(string method)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), Path);
        if (Body is not null)
        {
            request.Content = new ByteArrayContent(Body);
            if (ContentType is not null)
            {
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(ContentType);
            }
        }

        return request;
    }
}
