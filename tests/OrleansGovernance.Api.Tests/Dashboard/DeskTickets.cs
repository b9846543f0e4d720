using System.Globalization;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Api.Tests.Dashboard;

/// <summary>Requests for the desk's logic, filed and moved through the domain's own steps.</summary>
internal static class DeskTickets
{
    public static readonly DateTimeOffset Filed = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

    public static Ticket Filing(string id, string description = "a request", TicketCategory category = TicketCategory.Other,
        string compoundId = "xiamen.jimei.xinglin.fangzhi.hualing-garden", string? location = null, DateTimeOffset? at = null) =>
        Ticket.Submit(id, new TicketSubmission(compoundId, category, TicketChannel.PropertyOffice, description, location, null), ServiceLevelPolicy.Default,
            new Stamp("resident", at ?? Filed));

    public static Ticket Acknowledged(this Ticket ticket, DateTimeOffset at)
    {
        ticket.Acknowledge(new Stamp("grid-worker", at));
        return ticket;
    }
}

/// <summary>Runs a test's words in the dashboard's Chinese, as the desk shows them by default.</summary>
internal sealed class InChinese : IDisposable
{
    private readonly CultureInfo _before = CultureInfo.CurrentUICulture;

    public InChinese() => CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");

    public void Dispose() => CultureInfo.CurrentUICulture = _before;
}
