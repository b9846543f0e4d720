using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using OrleansGovernance.Api.ApiKeys;
using OrleansGovernance.Abstractions.Stores;

namespace OrleansGovernance.Api.Limits;

/// <summary>
/// Who a request counts against: the signed-in user, else the Open311 api_key once it is known to be genuine, else the
/// remote address. A key counts as genuine only when the key store verified it lately (its cache, read without I/O:
/// the limiter decides synchronously and before the endpoint); an unknown or invented key counts against the address,
/// so sending a new random key each time escapes nothing, and a key's first request after a lull does too.
/// </summary>
internal static class ClientPartition
{
    public const string ApiKey = "api_key";

    public static string Of(HttpContext context)
    {
        if (context.User.Identity is { IsAuthenticated: true, Name: { Length: > 0 } user })
        {
            return "user:" + user;
        }

        var key = context.Request.Query[ApiKey].ToString();
        if (key.Length == 0 && context.Features.Get<IFormFeature>() is { Form: { } form })
        {
            key = form[ApiKey].ToString();
        }

        return key.Length > 0 && context.RequestServices.GetService<IApiKeyStore>() is CachedApiKeyStore keys && keys.VerifiedLately(key) is { } hash
            ? "key:" + hash
            : "ip:" + context.Connection.RemoteIpAddress;
    }
}
