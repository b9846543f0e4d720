using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Api.Dashboard.Requests;

/// <summary>
/// How a request's statuses and steps read on the desk. The statuses read as where the request stands (待受理, not
/// 受理, until someone acknowledges it), and never through the figures' words: "Submitted" there counts requests.
/// </summary>
public static class RequestWords
{
    public static string Status(TicketStatus status) => status switch
    {
        TicketStatus.Submitted => Texts.T("Awaiting acknowledgement"),
        TicketStatus.Acknowledged => Texts.T("Acknowledged"),
        TicketStatus.Claimed => Texts.T("Claimed"),
        TicketStatus.Escalated => Texts.T("Escalated"),
        TicketStatus.Settled => Texts.T("Settled"),
        TicketStatus.Rated => Texts.T("Rated"),
        TicketStatus.Rejected => Texts.T("Rejected"),
        TicketStatus.Duplicate => Texts.T("Duplicate"),
        _ => status.ToString(),
    };

    public static string Step(TicketAction action) => action switch
    {
        TicketAction.Submit => Texts.T("Filed"),
        TicketAction.Acknowledge => Texts.T("Acknowledge"),
        TicketAction.Claim => Texts.T("Claim"),
        TicketAction.Escalate => Texts.T("Escalate"),
        TicketAction.Settle => Texts.T("Settle"),
        TicketAction.Rate => Texts.T("Rate"),
        TicketAction.Reopen => Texts.T("Reopen"),
        TicketAction.Reject => Texts.T("Reject"),
        TicketAction.MarkDuplicate => Texts.T("Mark as duplicate"),
        _ => action.ToString(),
    };

    public static string Clock(DeskClockKind kind) => kind == DeskClockKind.Response ? Texts.T("Response limit") : Texts.T("Settle limit");
}
