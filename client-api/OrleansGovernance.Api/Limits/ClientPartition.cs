using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace OrleansGovernance.Api.Limits;

/// <summary>Who a request counts against: the signed-in user, else the Open311 api_key, else the remote address.</summary>
internal static class ClientPartition
{
    public const string ApiKey = "api_key";

    // The api_key is taken as given: until keys are checked against the key store, a client that invents a new key
    // for every request escapes its bucket.
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

        return key.Length > 0 ? "key:" + key : "ip:" + context.Connection.RemoteIpAddress;
    }
}
