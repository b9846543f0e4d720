namespace OrleansGovernance.Domain.Tickets;

/// <summary>
/// One resident request and its whole history. Lifecycle:
/// submitted → acknowledged → claimed → settled → rated, with escalate (to a joint meeting), reopen,
/// reject and duplicate-of. Every method checks first and changes state only when the step is legal.
/// </summary>
[GenerateSerializer, Alias("governance.ticket")]
public sealed class Ticket
{
    [Id(0)] public string Id { get; set; } = "";
    [Id(1)] public string CompoundId { get; set; } = "";
    [Id(2)] public TicketCategory Category { get; set; }
    [Id(3)] public TicketChannel Channel { get; set; }
    [Id(4)] public string Description { get; set; } = "";
    [Id(5)] public string? Location { get; set; }
    [Id(6)] public ReporterContact? Reporter { get; set; }
    [Id(7)] public TicketStatus Status { get; set; }
    [Id(8)] public DateTimeOffset SubmittedAt { get; set; }

    /// <summary>When the response limit runs out (fixed at submission, so later policy changes do not rewrite history).</summary>
    [Id(9)] public DateTimeOffset ResponseDue { get; set; }
    [Id(10)] public DateTimeOffset SettleDue { get; set; }

    /// <summary>First answer to the resident: acknowledgement, rejection or pointing to a duplicate.</summary>
    [Id(11)] public DateTimeOffset? RespondedAt { get; set; }
    [Id(12)] public DateTimeOffset? ClaimedAt { get; set; }
    [Id(13)] public ClaimingParty? ClaimedBy { get; set; }
    [Id(14)] public string? ClaimantName { get; set; }
    [Id(15)] public DateTimeOffset? EscalatedAt { get; set; }
    [Id(16)] public DateTimeOffset? SettledAt { get; set; }
    [Id(17)] public SatisfactionLevel? Rating { get; set; }
    [Id(18)] public string? DuplicateOf { get; set; }
    [Id(19)] public int Reopened { get; set; }
    [Id(20)] public List<TicketTransition> History { get; set; } = [];

    /// <summary>What an Open311 client sent beside the description, kept as sent.</summary>
    [Id(21)] public ServiceRequestDetails? Details { get; set; }

    /// <summary>Raised by every transition; the figures use it to ignore stale news about this ticket.</summary>
    public int Version => History.Count;

    /// <summary>Who filed the request: the author of its first step.</summary>
    public string SubmittedBy => History.Count == 0 ? "" : History[0].By;

    public DateTimeOffset LastChangedAt => History.Count == 0 ? SubmittedAt : History[^1].At;

    public static Ticket Submit(string id, TicketSubmission submission, ServiceLevelPolicy policy, Stamp stamp)
    {
        Require.Text(id, "ticket id", 100);
        submission.Validate();
        stamp.Validate();
        var ticket = new Ticket
        {
            Id = id,
            CompoundId = submission.CompoundId,
            Category = submission.Category,
            Channel = submission.Channel,
            Description = submission.Description.Trim(),
            Location = submission.Location?.Trim(),
            Reporter = submission.Reporter,
            Details = submission.Details,
            Status = TicketStatus.Submitted,
            SubmittedAt = stamp.At,
            ResponseDue = stamp.At + policy.ResponseLimit(submission.Category),
            SettleDue = stamp.At + policy.SettleLimit,
        };
        ticket.History.Add(new(TicketAction.Submit, TicketStatus.Submitted, TicketStatus.Submitted, stamp.By, stamp.At, stamp.Note, stamp.Visibility, stamp.ByName));
        return ticket;
    }

    public void Acknowledge(Stamp stamp)
    {
        Check(TicketAction.Acknowledge, stamp, TicketStatus.Submitted);
        RespondedAt = stamp.At;
        Move(TicketAction.Acknowledge, TicketStatus.Acknowledged, stamp);
    }

    public void Claim(ClaimingParty party, string claimantName, Stamp stamp)
    {
        Check(TicketAction.Claim, stamp, TicketStatus.Acknowledged, TicketStatus.Escalated);
        Require.Defined(party, "party");
        var name = Require.Text(claimantName, "claimant name", 200);
        ClaimedAt = stamp.At;
        ClaimedBy = party;
        ClaimantName = name;
        Move(TicketAction.Claim, TicketStatus.Claimed, stamp);
    }

    /// <summary>Hands the request to a joint meeting (联席会议) when no single party can settle it.</summary>
    public void Escalate(Stamp stamp)
    {
        Check(TicketAction.Escalate, stamp, TicketStatus.Acknowledged, TicketStatus.Claimed);
        EscalatedAt ??= stamp.At;
        Move(TicketAction.Escalate, TicketStatus.Escalated, stamp);
    }

    public void Settle(Stamp stamp)
    {
        Check(TicketAction.Settle, stamp, TicketStatus.Claimed, TicketStatus.Escalated);
        SettledAt = stamp.At;
        Move(TicketAction.Settle, TicketStatus.Settled, stamp);
    }

    public void Rate(SatisfactionLevel level, Stamp stamp)
    {
        Check(TicketAction.Rate, stamp, TicketStatus.Settled);
        Require.Defined(level, "rating");
        Rating = level;
        Move(TicketAction.Rate, TicketStatus.Rated, stamp);
    }

    /// <summary>The resident says it is not fixed: back to acknowledged, awaiting a new claim; the old rating no longer counts.</summary>
    public void Reopen(Stamp stamp)
    {
        Check(TicketAction.Reopen, stamp, TicketStatus.Settled, TicketStatus.Rated);
        Require.Text(stamp.Note, "a reason (note) for reopening", Stamp.MaxNoteLength);
        SettledAt = null;
        Rating = null;
        Reopened++;
        Move(TicketAction.Reopen, TicketStatus.Acknowledged, stamp);
    }

    public void Reject(Stamp stamp)
    {
        Check(TicketAction.Reject, stamp, TicketStatus.Submitted, TicketStatus.Acknowledged);
        Require.Text(stamp.Note, "a reason (note) for rejecting", Stamp.MaxNoteLength);
        RespondedAt ??= stamp.At;
        Move(TicketAction.Reject, TicketStatus.Rejected, stamp);
    }

    public void MarkDuplicate(string originalId, Stamp stamp)
    {
        Check(TicketAction.MarkDuplicate, stamp, TicketStatus.Submitted, TicketStatus.Acknowledged);
        var original = Require.Text(originalId, "original ticket id", 100);
        if (original == Id)
        {
            throw DomainRuleException.Invalid("a ticket cannot be a duplicate of itself.");
        }

        RespondedAt ??= stamp.At;
        DuplicateOf = original;
        Move(TicketAction.MarkDuplicate, TicketStatus.Duplicate, stamp);
    }

    public TicketFacts Facts => TicketFacts.Of(this);

    private void Check(TicketAction action, Stamp stamp, params TicketStatus[] allowedFrom)
    {
        if (!allowedFrom.Contains(Status))
        {
            var allowed = string.Join(" or ", allowedFrom.Select(s => s.ToString().ToLowerInvariant()));
            throw DomainRuleException.Transition(
                $"cannot {Describe(action)} ticket '{Id}': it is {Status.ToString().ToLowerInvariant()}, and only a {allowed} ticket can be.");
        }

        stamp.Validate(LastChangedAt);
    }

    private void Move(TicketAction action, TicketStatus to, Stamp stamp)
    {
        History.Add(new(action, Status, to, stamp.By, stamp.At, stamp.Note, stamp.Visibility, stamp.ByName));
        Status = to;
    }

    private static string Describe(TicketAction action) => action switch
    {
        TicketAction.MarkDuplicate => "mark as duplicate",
        _ => action.ToString().ToLowerInvariant(),
    };
}
