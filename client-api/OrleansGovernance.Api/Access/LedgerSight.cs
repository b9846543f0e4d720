using OrleansGovernance.Domain.Ledger;

namespace OrleansGovernance.Api.Access;

/// <summary>How much of a compound's ledger a caller sees.</summary>
public enum LedgerSight
{
    /// <summary>Every entry, pending and refused ones too: its bookkeeping agent, owners' committee, community staff, admins.</summary>
    Full,

    /// <summary>The posted entries: its property company, which collects and pays on the compound's behalf.</summary>
    Posted,

    /// <summary>The posted entries of the months whose statement is published (ended): the owners, and everyone else.</summary>
    Published,
}

public static class LedgerAccess
{
    public static LedgerSight SightOf(this Caller caller, string compoundId) =>
        caller.IsAdmin || (caller.Role is Roles.Bookkeeper or Roles.Committee or Roles.Staff && caller.Covers(compoundId)) ? LedgerSight.Full
        : caller.Role == Roles.Property && caller.Covers(compoundId) ? LedgerSight.Posted
        : LedgerSight.Published;

    /// <summary>The party an approver acts for: the committee for itself, staff for the community.</summary>
    public static ApprovingParty PartyOf(this Caller caller) =>
        caller.Role == Roles.Committee ? ApprovingParty.OwnersCommittee : ApprovingParty.Community;
}
