using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace OrleansGovernance.Api.Endpoints.Live;

/// <summary>The live feeds' routes, matched exactly: a credential in a query string is considered nowhere else.</summary>
public static partial class LiveRoutes
{
    /// <summary>The query parameter that carries a feed ticket.</summary>
    public const string TicketParameter = "ticket";

    /// <summary>Whether the request is a GET of a live feed (/api/v1/{regions|communities|compounds}/{id}/live).</summary>
    public static bool IsFeed(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && request.Path.Value is { } path && Feed().IsMatch(path);

    [GeneratedRegex(@"^/api/v1/(regions|communities|compounds)/[^/]+/live$", RegexOptions.CultureInvariant)]
    private static partial Regex Feed();
}
