namespace OrleansGovernance.Domain.Tickets;

/// <summary>What a resident request (诉求) is about.</summary>
public enum TicketCategory
{
    ObjectsThrownFromHeight, // 高空抛物
    EbikeInLift,             // 电动车进电梯
    RoadAndPaving,
    AccessAndGates,
    ElderlyCare,
    Noise,
    Sanitation,
    Other,
}

/// <summary>How a request reached us.</summary>
public enum TicketChannel
{
    HappinessMailbox, // 幸福邮箱
    PropertyOffice,
    OnlineSurvey,
    Hotline,
    WalkIn,
    Open311,
}

public enum TicketStatus
{
    Submitted,
    Acknowledged,
    Claimed,
    Escalated,
    Settled,
    Rated,
    Rejected,
    Duplicate,
}

/// <summary>Who takes a request on.</summary>
public enum ClaimingParty
{
    Branch,
    PropertyCompany,
    Community,
    CoBuildingUnit,
}

/// <summary>The national five-level service review scale (非常满意 … 非常不满意).</summary>
public enum SatisfactionLevel
{
    VeryDissatisfied = 1,
    Dissatisfied = 2,
    BasicallySatisfied = 3,
    Satisfied = 4,
    VerySatisfied = 5,
}

public enum TicketAction
{
    Submit,
    Acknowledge,
    Claim,
    Escalate,
    Settle,
    Rate,
    Reopen,
    Reject,
    MarkDuplicate,
}

public static class TicketStatusExtensions
{
    public static bool IsOpen(this TicketStatus status) =>
        status is TicketStatus.Submitted or TicketStatus.Acknowledged or TicketStatus.Claimed or TicketStatus.Escalated;

    public static bool IsSettled(this TicketStatus status) => status is TicketStatus.Settled or TicketStatus.Rated;
}
