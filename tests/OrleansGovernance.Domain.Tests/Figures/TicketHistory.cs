using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Domain.Tests.Figures;

/// <summary>
/// A random but legal history of a compound's requests over about two years: filings, answers, claims, escalations,
/// settlements, ratings given late, reopenings months after, rejections and duplicates, each change one stored write
/// (its version rises by one), the facts of every request known at every moment.
/// </summary>
internal sealed class TicketHistory
{
    private readonly List<Change> _changes = [];

    private TicketHistory(DateTimeOffset start) => Start = start;

    public DateTimeOffset Start { get; }

    public IReadOnlyList<Change> Changes => _changes;

    public IReadOnlyList<DateTimeOffset> Moments => [.. _changes.Select(c => c.At).Distinct().Order()];

    public IEnumerable<Change> ChangesAt(DateTimeOffset at) => _changes.Where(c => c.At == at);

    /// <summary>Every request as stored at <paramref name="at"/>.</summary>
    public IReadOnlyList<TicketFacts> FactsAt(DateTimeOffset at) =>
        [.. _changes.Where(c => c.At <= at).GroupBy(c => c.TicketId).Select(g => g.MaxBy(c => c.ToVersion)!.After)];

    public static TicketHistory Generate(Random random, int tickets, int steps)
    {
        var history = new TicketHistory(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var live = new List<(Ticket Ticket, int Version)>();
        var at = history.Start;
        for (var step = 0; step < steps; step++)
        {
            // Mostly minutes apart, sometimes hours or days, now and then months: limits pass between changes.
            at += random.Next(10) switch
            {
                < 5 => TimeSpan.FromMinutes(random.Next(1, 10)),
                < 8 => TimeSpan.FromHours(random.Next(1, 30)),
                < 9 => TimeSpan.FromDays(random.Next(1, 10)),
                _ => TimeSpan.FromDays(random.Next(30, 120)),
            };
            if (live.Count < tickets && (live.Count == 0 || random.NextDouble() < 0.3))
            {
                var ticket = Ticket.Submit($"t-{step:D5}", TestData.Submission((TicketCategory)(step % 8)), ServiceLevelPolicy.Default, TestData.At(at));
                live.Add((ticket, 1));
                history._changes.Add(new Change(ticket.Id, 0, 1, null, Facts(ticket, 1), at));
                continue;
            }

            var index = random.Next(live.Count);
            var (held, version) = live[index];
            var before = Facts(held, version);
            if (!TryStep(held, random, TestData.At(at, "the resident says it is still broken")))
            {
                continue;
            }

            live[index] = (held, version + 1);
            history._changes.Add(new Change(held.Id, version, version + 1, before, Facts(held, version + 1), at));
        }

        return history;
    }

    private static TicketFacts Facts(Ticket ticket, int version) => ticket.Facts with { Version = version };

    private static bool TryStep(Ticket ticket, Random random, Stamp stamp)
    {
        Action? step = ticket.Status switch
        {
            TicketStatus.Submitted => random.Next(10) switch
            {
                0 => () => ticket.Reject(stamp),
                1 => () => ticket.MarkDuplicate("t-original", stamp),
                _ => () => ticket.Acknowledge(stamp),
            },
            TicketStatus.Acknowledged => random.Next(5) == 0 ? () => ticket.Escalate(stamp) : () => ticket.Claim(ClaimingParty.PropertyCompany, "Chengfa property", stamp),
            TicketStatus.Claimed => random.Next(6) == 0 ? () => ticket.Escalate(stamp) : () => ticket.Settle(stamp),
            TicketStatus.Escalated => () => ticket.Settle(stamp),
            TicketStatus.Settled => random.Next(3) == 0 ? () => ticket.Reopen(stamp) : () => ticket.Rate((SatisfactionLevel)random.Next(1, 6), stamp),
            TicketStatus.Rated => random.Next(4) == 0 ? () => ticket.Reopen(stamp) : null,
            _ => null,
        };
        if (step is null)
        {
            return false;
        }

        step();
        return true;
    }

    public sealed record Change(string TicketId, int FromVersion, int ToVersion, TicketFacts? Before, TicketFacts After, DateTimeOffset At);
}
