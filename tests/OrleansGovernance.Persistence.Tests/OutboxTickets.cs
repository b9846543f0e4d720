using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Persistence.Tests;

/// <summary>Tickets made through the domain's own steps, whose text and reporter the outbox must not keep.</summary>
internal static class OutboxTickets
{
    public const string Description = "Water leaking from the roof of building 7";
    public const string ReporterPhone = "13900007777";
    public const string ResidentName = "王建国";
    public const string StaffName = "吴晓峰";

    private static readonly DateTimeOffset T0 = new(2024, 3, 4, 1, 0, 0, TimeSpan.Zero);

    public static Ticket Submitted(string id, string compoundId) => Ticket.Submit(
        id,
        new TicketSubmission(compoundId, TicketCategory.EbikeInLift, TicketChannel.Open311, Description, "Building 7, top floor",
            new ReporterContact("王先生", ReporterPhone, "wang@example.org")),
        ServiceLevelPolicy.Default,
        new Stamp("resident-wang", T0, ByName: ResidentName));

    public static Ticket Acknowledged(string id, string compoundId)
    {
        var ticket = Submitted(id, compoundId);
        ticket.Acknowledge(new Stamp("grid-worker-wu", T0.AddMinutes(5), "on the way", ByName: StaffName));
        return ticket;
    }
}
