using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Bench.Synthetic;

/// <summary>
/// Seeded tickets taken through the domain's own transitions, so every stored state is one the platform could have
/// reached. All are filed between <paramref name="years"/> years and 20 days before <see cref="CountryShape.Anchor"/>,
/// and their last step (at most about 17 days after filing) comes before it: their response limits have run out, so a
/// silo arms no timer or reminder for them and raises no fresh breach.
/// </summary>
internal sealed class TicketHistory(Random random, int years = 1)
{
    private const string Staff = "synthetic-staff";
    private const string Resident = "synthetic-resident";

    private static readonly TicketCategory[] Categories = Enum.GetValues<TicketCategory>();
    private static readonly TicketChannel[] Channels = Enum.GetValues<TicketChannel>();

    public IReadOnlyList<Ticket> For(string compoundId, int count)
    {
        var tickets = new List<Ticket>(count);
        for (var i = 0; i < count; i++)
        {
            tickets.Add(One(compoundId, tickets.Count > 0 ? tickets[^1].Id : null));
        }

        return tickets;
    }

    private Ticket One(string compoundId, string? earlier)
    {
        var at = CountryShape.Anchor - TimeSpan.FromSeconds(random.Next(20 * 86_400, years * 365 * 86_400));
        var submission = new TicketSubmission(
            compoundId, Categories[random.Next(Categories.Length)], Channels[random.Next(Channels.Length)], "Synthetic request", null, null);
        var ticket = Ticket.Submit(TicketIds.New(at, random), submission, ServiceLevelPolicy.Default, new Stamp(Resident, at));
        var roll = random.NextDouble();
        if (roll < 0.04)
        {
            return ticket;
        }

        if (roll < 0.08)
        {
            ticket.Reject(Later(ticket, 1, 60, "outside the community's remit"));
            return ticket;
        }

        if (roll < 0.11 && earlier is not null)
        {
            ticket.MarkDuplicate(earlier, Later(ticket, 1, 60));
            return ticket;
        }

        // Most are answered within the 5-minute limit, some late.
        ticket.Acknowledge(Later(ticket, 0, random.NextDouble() < 0.85 ? 5 : 60));
        if (roll < 0.15)
        {
            return ticket;
        }

        if (roll < 0.19)
        {
            ticket.Escalate(Later(ticket, 10, 1440));
            if (roll < 0.17)
            {
                return ticket;
            }
        }

        ticket.Claim(ClaimingParty.PropertyCompany, "Property company", Later(ticket, 1, 240));
        if (roll < 0.23)
        {
            return ticket;
        }

        ticket.Settle(Later(ticket, 60, 14 * 1440));
        if (roll < 0.45)
        {
            return ticket;
        }

        ticket.Rate(Rating(), new Stamp(Resident, ticket.LastChangedAt.AddMinutes(random.Next(1, 1440))));
        return ticket;
    }

    private Stamp Later(Ticket ticket, int minMinutes, int maxMinutes, string? note = null) =>
        new(Staff, ticket.LastChangedAt.AddMinutes(random.Next(minMinutes, maxMinutes + 1)).AddSeconds(random.Next(60)), note);

    /// <summary>Mostly satisfied, as 12345 hotlines report: 45 % very satisfied down to 3 % very dissatisfied.</summary>
    private SatisfactionLevel Rating() => random.NextDouble() switch
    {
        < 0.45 => SatisfactionLevel.VerySatisfied,
        < 0.75 => SatisfactionLevel.Satisfied,
        < 0.90 => SatisfactionLevel.BasicallySatisfied,
        < 0.97 => SatisfactionLevel.Dissatisfied,
        _ => SatisfactionLevel.VeryDissatisfied,
    };
}
