using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Orleans.Runtime;
using OrleansGovernance.Api.Access;
using OrleansGovernance.Api.Idempotency;
using OrleansGovernance.Abstractions.Stores;
using Orleans.Runtime.Messaging;
using OrleansGovernance.Domain;

using OrleansGovernance.Api.Endpoints;

namespace OrleansGovernance.Api;

/// <summary>Turns refused commands and unreadable requests into RFC 9457 problem details with a 4xx status.</summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    private static readonly (int Status, string Title, string Detail) Unavailable =
        (StatusCodes.Status503ServiceUnavailable, "Temporarily unavailable.", "part of the cluster is not answering; retry shortly.");

    /// <summary>The status a failed request is answered with (500 for what this handler does not know).</summary>
    public static int StatusFor(Exception exception) => Describe(exception).Status is var status and > 0 ? status : StatusCodes.Status500InternalServerError;

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail) = Describe(exception);
        if (status == 0)
        {
            return false;
        }

        context.Response.StatusCode = status;
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            context.Response.Headers.RetryAfter = Problems.RetryAfterUnavailable;
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }

    private static (int Status, string Title, string Detail) Describe(Exception exception) =>
        exception switch
        {
            AccessDeniedException denied => (StatusCodes.Status403Forbidden, "Not allowed.", denied.Message),
            IdempotencyKeyReusedException reused => (StatusCodes.Status422UnprocessableEntity, "Idempotency-Key already used for another request.", reused.Message),
            UnsupportedImportException unsupported => (StatusCodes.Status415UnsupportedMediaType, "The body is not in a format this import reads.", unsupported.Message),
            DomainRuleException rule => (StatusOf(rule.Violation), TitleOf(rule.Violation), rule.Message),
            BadHttpRequestException bad => (bad.StatusCode, "The request could not be read.", ReaderMessage(bad)),

            // A silo that died or a call that timed out: the cluster heals within seconds, so the client should retry.
            // Orleans also gives up on a call it could not place before the call's deadline with an
            // OperationCanceledException ("Message expired before placement could complete"), e.g. while a killed silo
            // is still in the directory.
            SiloUnavailableException or OrleansMessageRejectionException or ConnectionFailedException or TimeoutException or OperationCanceledException =>
                Unavailable,

            // The runtime refusing a call outright, as when a silo cut off from the others, and declared dead by them,
            // tries to register an activation: another silo takes the retry.
            OrleansException refused when refused.GetType() == typeof(OrleansException) => Unavailable,
            _ => (0, "", ""),
        };

    private static int StatusOf(RuleViolation violation) => violation switch
    {
        RuleViolation.NotFound => StatusCodes.Status404NotFound,
        RuleViolation.InvalidInput => StatusCodes.Status400BadRequest,
        RuleViolation.InvalidTransition => StatusCodes.Status409Conflict,
        RuleViolation.Conflict => StatusCodes.Status409Conflict,
        RuleViolation.StaleVersion => StatusCodes.Status412PreconditionFailed,
        RuleViolation.Unavailable => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status400BadRequest,
    };

    private static string TitleOf(RuleViolation violation) => violation switch
    {
        RuleViolation.NotFound => "Not found.",
        RuleViolation.InvalidInput => "The request is not valid.",
        RuleViolation.InvalidTransition => "That step is not allowed now.",
        RuleViolation.Conflict => "It already exists.",
        RuleViolation.StaleVersion => "It changed since you read it.",
        RuleViolation.Unavailable => "Not saved: storage is unavailable.",
        _ => "The request was refused.",
    };

    // The JSON reader's message names the field and position; that is what a client needs to fix its body.
    private static string ReaderMessage(BadHttpRequestException bad) => bad.InnerException?.Message ?? bad.Message;
}
