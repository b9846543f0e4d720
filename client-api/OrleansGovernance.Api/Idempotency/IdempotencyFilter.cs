using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using OrleansGovernance.Api.Access;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Tickets;
using OrleansGovernance.Abstractions.Stores;

namespace OrleansGovernance.Api.Idempotency;

/// <summary>
/// Idempotency-Key on POSTs: the first request with a key does the work and its answer is recorded before it is
/// sent; a retry with the same key and body gets that answer again (marked Idempotent-Replayed), never a second
/// resource; the same key with another body is refused (422). Keys belong to the caller (the token's subject).
/// </summary>
internal sealed class IdempotencyFilter(IIdempotencyStore store, TimeProvider clock, IdempotencyMetrics metrics) : IEndpointFilter
{
    public const string Header = "Idempotency-Key";
    private const int MaxKeyLength = 255;

    // A request that holds its reservation longer than this has died; its retry takes over.
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    // A retry that arrives while the first request is still at work waits for its answer this long, then gets 409.
    private static readonly TimeSpan WaitForFirst = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsPost(http.Request.Method) || !http.Request.Headers.TryGetValue(Header, out var values))
        {
            return await next(context);
        }

        var key = Validate(values.ToString());
        var caller = Caller.From(http.User).Subject;
        var fingerprint = await Fingerprint(http.Request);
        var aborted = http.RequestAborted;
        var deadline = clock.GetUtcNow() + WaitForFirst;
        while (true)
        {
            // A ticket-shaped id, time-ordered like every ticket's: only ticket filing uses it (IdempotentRequest).
            var proposed = TicketIds.New(clock.GetUtcNow(), Random.Shared);
            switch (await store.Claim(caller, key, fingerprint, proposed, Lease, aborted))
            {
                case IdempotencyClaim.Reserved reserved:
                    return await Run(context, next, caller, key, reserved.ResourceId);
                case IdempotencyClaim.Answered answered:
                    metrics.Replayed();
                    return new ReplayedResult(answered.Answer);
                case IdempotencyClaim.Mismatch:
                    throw new IdempotencyKeyReusedException($"Idempotency-Key '{key}' was sent before with a different request; use a new key for a new request.");
                case IdempotencyClaim.InProgress when clock.GetUtcNow() > deadline:
                    throw DomainRuleException.Conflict($"a request with Idempotency-Key '{key}' is still being handled; retry shortly.");
                default:
                    await Task.Delay(Poll, clock, aborted);
                    break;
            }
        }
    }

    private async Task<object?> Run(EndpointFilterInvocationContext context, EndpointFilterDelegate next, string caller, string key, string resourceId)
    {
        IdempotentRequest.Assign(context.HttpContext, resourceId);
        object? result;
        try
        {
            result = await next(context);
        }
        catch (Exception failure)
        {
            await Unanswered(caller, key, ProblemExceptionHandler.StatusFor(failure));
            throw;
        }

        var inner = result as IResult ?? TypedResults.Ok(result);
        return new RecordingResult(inner, answer => answer.Status >= StatusCodes.Status500InternalServerError
            ? Unanswered(caller, key, answer.Status)
            : store.Answer(caller, key, answer, CancellationToken.None));
    }

    /// <summary>
    /// A refusal (4xx) created nothing, so the key is free for the corrected request. A failure (5xx, such as the 503
    /// of a grain call that timed out) may have created something: the retry keeps the resource id, so it finds that
    /// instead of creating a second one.
    /// </summary>
    private Task Unanswered(string caller, string key, int status) =>
        status >= StatusCodes.Status500InternalServerError
            ? store.Abandon(caller, key, Lease, CancellationToken.None)
            : store.Release(caller, key, CancellationToken.None);

    private static string Validate(string key) =>
        key.Length is > 0 and <= MaxKeyLength && key.All(c => c is >= '!' and <= '~')
            ? key
            : throw DomainRuleException.Invalid($"{Header} must be 1 to {MaxKeyLength} visible ASCII characters.");

    /// <summary>What makes two requests "the same": method, path and query, and the exact body (buffered by the middleware).</summary>
    private static async Task<string> Fingerprint(HttpRequest request)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"));
        request.Body.Position = 0;
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            hash.AppendData(chunk, 0, read);
        }

        // Handlers that read the body themselves (a multipart upload) start where the middleware left it: at the start.
        request.Body.Position = 0;
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
