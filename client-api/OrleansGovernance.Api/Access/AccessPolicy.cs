namespace OrleansGovernance.Api.Access;

/// <summary>
/// The authorisation policies, one per kind of act. Roles are checked here; whether the caller acts for the
/// place concerned (their scopes) is checked by the endpoint once it knows the place.
/// </summary>
public static class AccessPolicy
{
    /// <summary>Any signed-in role: figures, profiles, plans, masked requests.</summary>
    public const string Read = "read";

    /// <summary>File a request (a resident for themselves, staff on a resident's behalf).</summary>
    public const string File = "file";

    /// <summary>Acknowledge, claim, escalate, settle, reject, mark duplicate: staff of the place.</summary>
    public const string Handle = "handle";

    /// <summary>Rate a settled request: the resident who filed it.</summary>
    public const string Rate = "rate";

    /// <summary>Reopen: the resident who filed it, or staff of the place.</summary>
    public const string Reopen = "reopen";

    /// <summary>Keep a community's or compound's records (lists, meetings, committees, branch, plans): staff of the place.</summary>
    public const string Keep = "keep";

    /// <summary>Tick or untick milestones: owners of the plan.</summary>
    public const string Tick = "tick";

    /// <summary>Record ledger entries and reversals: the bookkeeping agent of the compound.</summary>
    public const string Book = "book";

    /// <summary>Approve or refuse an expense above the threshold: the owners' committee or the community's staff.</summary>
    public const string ApproveExpense = "approve-expense";

    /// <summary>Ask to use the assembly seal: the owners' committee.</summary>
    public const string RequestSeal = "request-seal";

    /// <summary>Approve, refuse and apply the assembly seal the community keeps: the community's staff.</summary>
    public const string KeepSeal = "keep-seal";

    /// <summary>Define places and their flags.</summary>
    public const string Administer = "administer";

    internal static readonly IReadOnlyDictionary<string, string[]> RolesByPolicy = new Dictionary<string, string[]>
    {
        [Read] = [.. Roles.All],
        [File] = [Roles.Resident, Roles.Staff, Roles.Admin],
        [Handle] = [Roles.Staff, Roles.Admin],
        [Rate] = [Roles.Resident, Roles.Admin],
        [Reopen] = [Roles.Resident, Roles.Staff, Roles.Admin],
        [Keep] = [Roles.Staff, Roles.Admin],
        [Tick] = [Roles.PlanOwner, Roles.Admin],
        // The books' parties act for themselves: an admin runs the platform and is no party to a compound's books.
        [Book] = [Roles.Bookkeeper],
        [ApproveExpense] = [Roles.Committee, Roles.Staff],
        [RequestSeal] = [Roles.Committee],
        [KeepSeal] = [Roles.Staff],
        [Administer] = [Roles.Admin],
    };
}
