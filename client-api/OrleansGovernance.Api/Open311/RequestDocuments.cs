using OrleansGovernance.Api.Contracts;
using OrleansGovernance.Api.Places;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Api.Open311;

/// <summary>
/// Tickets as GeoReport service requests, for anyone to read: the reporter's contact never appears here, internal
/// notes neither, and the description, public notes and address are screened for personal data first.
/// </summary>
public static class RequestDocuments
{
    public static Open311Node Filed(Ticket ticket, string? accountId) => new Open311List("service_requests",
    [
        new Open311Record("request",
        [
            new Open311Field("service_request_id", ticket.Id),
            new Open311Field("service_notice", Notice(ticket)),
            new Open311Field("account_id", accountId),
        ]),
    ]);

    /// <summary>The token is the request id itself: requests are realtime, so a token lookup answers at once.</summary>
    public static Open311Node Token(Ticket ticket) => new Open311List("service_requests",
        [new Open311Record("request", [new Open311Field("service_request_id", ticket.Id), new Open311Field("token", ticket.Id)])]);

    public static Open311Node List(IEnumerable<Ticket> tickets, CompoundIndex compounds) =>
        new Open311List("service_requests", [.. tickets.Select(t => Request(t, compounds.Find(t.CompoundId)))]);

    public static bool IsOpen(Ticket ticket) => ticket.Status.IsOpen();

    private static Open311Record Request(Ticket ticket, CompoundEntry? compound)
    {
        var service = ServiceCatalogue.Of(ticket.Category);
        return new Open311Record("request",
        [
            new Open311Field("service_request_id", ticket.Id),
            new Open311Field("status", IsOpen(ticket) ? "open" : "closed"),
            new Open311Field("status_notes", StatusNotes(ticket)),
            new Open311Field("service_name", service.Name),
            new Open311Field("service_code", service.Code),
            new Open311Field("description", PersonalData.Screen(ticket.Description)),
            new Open311Field("agency_responsible", ticket.ClaimantName),
            new Open311Field("service_notice", Notice(ticket)),
            new Open311Field("requested_datetime", ticket.SubmittedAt),
            new Open311Field("updated_datetime", Updated(ticket)),

            // Fulfilment, not the first answer: the response limit (minutes) says when someone replies, the settle
            // limit when the problem should be solved, which is what the spec's expected_datetime promises.
            new Open311Field("expected_datetime", ticket.SettleDue),
            new Open311Field("address", PersonalData.ScreenOptional(ticket.Location) ?? compound?.Name),
            new Open311Field("address_id", ticket.CompoundId),
            new Open311Field("zipcode", ticket.Details?.Zipcode),

            // The point the client posted, as posted; a request filed by address or id is placed at its compound.
            new Open311Field("lat", ticket.Details?.Position?.Lat ?? compound?.Location?.Lat),
            new Open311Field("long", ticket.Details?.Position?.Lng ?? compound?.Location?.Lng),
            new Open311Field("media_url", ticket.Details?.MediaUrl),
        ]);
    }

    private static string Notice(Ticket ticket) =>
        $"A first answer is due by {W3DateTime.Format(ticket.ResponseDue)}; it should be settled by {W3DateTime.Format(ticket.SettleDue)}.";

    private static string StatusNotes(Ticket ticket)
    {
        var status = ticket.Status == TicketStatus.Duplicate ? $"duplicate of {ticket.DuplicateOf}" : ticket.Status.ToString().ToLowerInvariant();
        return ticket.History.Count > 0 && ticket.History[^1] is { Visibility: NoteVisibility.Public, Note: { Length: > 0 } note }
            ? $"{status}: {PersonalData.Screen(note)}"
            : status;
    }

    /// <summary>For a closed request the spec wants the time it was closed, which a later rating must not move.</summary>
    private static DateTimeOffset Updated(Ticket ticket) => IsOpen(ticket)
        ? ticket.LastChangedAt
        : ticket.History.LastOrDefault(h => h.From.IsOpen() && !h.To.IsOpen())?.At ?? ticket.LastChangedAt;
}
