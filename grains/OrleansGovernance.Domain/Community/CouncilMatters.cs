using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Domain.Community;

/// <summary>How a council meets (通过季度、专题会议和座谈会等方式).</summary>
public enum CouncilMeetingForm
{
    /// <summary>季度会议: the council is expected to hold one every quarter.</summary>
    Quarterly,

    /// <summary>专题会议.</summary>
    SpecialTopic,

    /// <summary>座谈会.</summary>
    Forum,
}

/// <summary>The council's rule 大事共议、要事共决、急事共商: what kind of agreement a matter needs.</summary>
public enum MatterClass
{
    /// <summary>大事共议: discussed together by the parties concerned.</summary>
    Big,

    /// <summary>要事共决: decided together by a recorded vote of the parties concerned.</summary>
    Important,

    /// <summary>急事共商: the parties concerned consulted within a set time of the matter being raised.</summary>
    Urgent,
}

public enum Vote
{
    For,
    Against,
    Abstain,
}

/// <summary>How one seat of the council voted on an important matter.</summary>
[GenerateSerializer, Immutable, Alias("governance.party-vote")]
public sealed record PartyVote(
    [property: Id(0)] CouncilSeat Seat,
    [property: Id(1)] Vote Vote);
