using System.Buffers.Text;
using System.Text;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Api.Endpoints;

/// <summary>
/// The opaque cursor of a ticket listing: the last ticket id of the page, base64url-encoded. Opaque so that clients
/// pass it back rather than build it, which leaves the listing free to carry more in it later.
/// </summary>
internal static class TicketCursor
{
    public static string Of(string lastTicketId) => Base64Url.EncodeToString(Encoding.ASCII.GetBytes(lastTicketId));

    /// <summary>The ticket id the next page starts after, or null for the first page.</summary>
    public static string? Read(string? cursor)
    {
        if (cursor is null)
        {
            return null;
        }

        string? id = null;
        if (Base64Url.IsValid(cursor))
        {
            id = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(cursor));
        }

        return TicketIds.IsWellFormed(id) ? id : throw DomainRuleException.Invalid($"cursor '{cursor}' is not one this API issued.");
    }
}
