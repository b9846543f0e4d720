using OrleansGovernance.Domain.Figures;
using OrleansGovernance.Domain.Organisation;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Bench.Synthetic;

/// <summary>
/// What the generator produced, counted from the generated states themselves (not through the figures code), so
/// that a silo's figures at the top can be checked against it.
/// </summary>
public sealed class CountryTotals
{
    private readonly HashSet<string> _companies = new(StringComparer.Ordinal);

    public Dictionary<RegionLevel, int> Regions { get; } = [];

    public int Communities { get; private set; }

    public int Compounds { get; private set; }

    public long Tickets { get; private set; }

    public Dictionary<TicketStatus, long> ByStatus { get; } = [];

    public Dictionary<SatisfactionLevel, long> Ratings { get; } = [];

    /// <summary>Tickets that had a first answer: acknowledged, rejected or marked duplicate.</summary>
    public long Answered { get; private set; }

    public long Claimed { get; private set; }

    public long Escalated { get; private set; }

    public int OwnersCommittees { get; private set; }

    public int OwnersCommitteePartyMembers { get; private set; }

    public int PropertyCompanies => _companies.Count;

    public void Count(SyntheticPlace place)
    {
        switch (place)
        {
            case SyntheticRegion region:
                Regions[region.Profile.Level] = Regions.GetValueOrDefault(region.Profile.Level) + 1;
                break;
            case SyntheticCommunity:
                Communities++;
                break;
            case SyntheticCompound compound:
                Compounds++;
                OwnersCommittees += compound.Profile.OwnersCommittee is null ? 0 : 1;
                OwnersCommitteePartyMembers += compound.Profile.OwnersCommittee?.Members.Count(m => m.PartyMember) ?? 0;
                if (compound.Profile.PropertyService is { } service)
                {
                    _companies.Add(service.CompanyId);
                }

                foreach (var ticket in compound.Tickets)
                {
                    Count(ticket);
                }

                break;
        }
    }

    /// <summary>The figures at the top that differ from these totals, as "name: expected, found" lines; empty when all agree.</summary>
    public IReadOnlyList<string> Differences(PlaceFigures top)
    {
        var requests = top.Requests;
        var checks = new (string Name, long Expected, long Found)[]
        {
            ("communities", Communities, top.Organisation.Communities),
            ("compounds", Compounds, top.Organisation.Compounds),
            ("owners' committees", OwnersCommittees, top.Organisation.OwnersCommittees),
            ("committee party members", OwnersCommitteePartyMembers, top.Organisation.OwnersCommitteePartyMembers),
            ("property companies", PropertyCompanies, top.Organisation.PropertyCompanies.Length),
            ("requests submitted", Tickets, requests.Submitted),
            ("open", Open, requests.Open),
            ("answered", Answered, requests.Acknowledged),
            ("claimed", Claimed, requests.Claimed),
            ("escalated", Escalated, requests.Escalated),
            ("settled", Status(TicketStatus.Settled) + Status(TicketStatus.Rated), requests.Settled),
            ("rejected", Status(TicketStatus.Rejected), requests.Rejected),
            ("duplicates", Status(TicketStatus.Duplicate), requests.Duplicates),
            ("rated very satisfied", Rating(SatisfactionLevel.VerySatisfied), top.Satisfaction.VerySatisfied),
            ("rated satisfied", Rating(SatisfactionLevel.Satisfied), top.Satisfaction.Satisfied),
            ("rated basically satisfied", Rating(SatisfactionLevel.BasicallySatisfied), top.Satisfaction.BasicallySatisfied),
            ("rated dissatisfied", Rating(SatisfactionLevel.Dissatisfied), top.Satisfaction.Dissatisfied),
            ("rated very dissatisfied", Rating(SatisfactionLevel.VeryDissatisfied), top.Satisfaction.VeryDissatisfied),
        };
        return [.. checks.Where(c => c.Expected != c.Found).Select(c => $"{c.Name}: expected {c.Expected}, found {c.Found}")];
    }

    public long Open => ByStatus.Where(s => s.Key.IsOpen()).Sum(s => s.Value);

    public long Status(TicketStatus status) => ByStatus.GetValueOrDefault(status);

    public long Rating(SatisfactionLevel level) => Ratings.GetValueOrDefault(level);

    private void Count(Ticket ticket)
    {
        Tickets++;
        ByStatus[ticket.Status] = Status(ticket.Status) + 1;
        Answered += ticket.RespondedAt is null ? 0 : 1;
        Claimed += ticket.ClaimedAt is null ? 0 : 1;
        Escalated += ticket.EscalatedAt is null ? 0 : 1;
        if (ticket.Rating is { } rating)
        {
            Ratings[rating] = Ratings.GetValueOrDefault(rating) + 1;
        }
    }
}
