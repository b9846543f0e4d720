using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Silo.Seeding;

/// <summary>
/// Plays a request's history through the domain rules, step by step; steps that would fall after the seed's
/// "until" are not played, so a ticket filed yesterday can still be open today.
/// </summary>
internal sealed class TicketScript
{
    private readonly DateTimeOffset _until;

    private TicketScript(Ticket ticket, DateTimeOffset until)
    {
        Ticket = ticket;
        _until = until;
        At = ticket.SubmittedAt;
    }

    public Ticket Ticket { get; }

    /// <summary>When the last played step happened.</summary>
    public DateTimeOffset At { get; private set; }

    public bool Stopped { get; private set; }

    public static TicketScript Submit(Random random, TicketSubmission submission, DateTimeOffset at, string by, DateTimeOffset until) =>
        new(Ticket.Submit(TicketIds.New(at, random), submission, ServiceLevelPolicy.Default, new Stamp(by, at)), until);

    /// <summary>Plays a step <paramref name="after"/> the previous one, unless the script has reached "until".</summary>
    public TicketScript Then(TimeSpan after, string by, Action<Ticket, Stamp> step, string? note = null)
    {
        var at = At + after;
        if (Stopped || at > _until)
        {
            Stopped = true;
            return this;
        }

        step(Ticket, new Stamp(by, at, note));
        At = at;
        return this;
    }

    /// <summary>Plays a step at a fixed moment (a meeting's date), if the ticket has not run past it.</summary>
    public TicketScript AtMoment(DateTimeOffset at, string by, Action<Ticket, Stamp> step, string? note = null) =>
        Then(at - At, by, step, note);
}
