using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrleansGovernance.Api.Endpoints.Live;

namespace OrleansGovernance.Api.Access;

/// <summary>
/// Signs in a GET of a live feed by the feed ticket in its query string. Chosen by <see cref="AccessHosting"/> only
/// for that exact route and method; everywhere else the query string carries no credential.
/// </summary>
internal sealed class FeedTicketAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logs, UrlEncoder encoder, FeedTickets tickets)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logs, encoder)
{
    public const string Name = "feed-ticket";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var ticket = Request.Query[LiveRoutes.TicketParameter].ToString();
        var user = LiveRoutes.IsFeed(Request) && ticket.Length > 0 ? tickets.Open(ticket, Request.Path.Value!, Name) : null;
        return Task.FromResult(user is null
            ? AuthenticateResult.Fail("the feed ticket is not valid for this feed (it may have expired).")
            : AuthenticateResult.Success(new AuthenticationTicket(user, Name)));
    }
}
