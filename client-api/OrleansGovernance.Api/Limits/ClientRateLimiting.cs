using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace OrleansGovernance.Api.Limits;

/// <summary>A token bucket per client on API routes; a client over its limit gets 429 with Retry-After.</summary>
internal static class ClientRateLimiting
{
    public static IServiceCollection AddClientRateLimiting(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<ApiLimits>>((options, limits) =>
        {
            var rate = limits.Value.RateLimit;
            var bucket = new TokenBucketRateLimiterOptions
            {
                TokenLimit = rate.Burst,
                TokensPerPeriod = rate.PermitsPerSecond,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                // Refused at once rather than queued: a queued request holds a connection and still arrives late.
                QueueLimit = 0,
                AutoReplenishment = true,
            };

            // Global rather than per endpoint, so routes added later (Open311) are limited without anyone remembering to.
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => ApiPaths.Limited(context.Request)
                ? RateLimitPartition.GetTokenBucketLimiter(ClientPartition.Of(context), _ => bucket)
                : RateLimitPartition.GetNoLimiter("unlimited"));
            options.OnRejected = Reject;
        });
        return services;
    }

    private static async ValueTask Reject(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await Problems.Write(rejected.HttpContext, StatusCodes.Status429TooManyRequests, "Too many requests.",
            $"this client is over its request limit; retry after {seconds} s.");
    }
}
