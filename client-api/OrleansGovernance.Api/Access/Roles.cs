namespace OrleansGovernance.Api.Access;

/// <summary>The roles a token can carry. A role says what its holder may do; the token's scopes say where.</summary>
public static class Roles
{
    /// <summary>Reads figures, profiles and plans; sees reporters' personal data masked.</summary>
    public const string Viewer = "viewer";

    /// <summary>Files requests and rates or reopens the ones they filed (居民).</summary>
    public const string Resident = "resident";

    /// <summary>Community or property staff: handle the requests and keep the records of the places in scope.</summary>
    public const string Staff = "staff";

    /// <summary>Ticks and unticks milestones of the plans in scope, nothing else.</summary>
    public const string PlanOwner = "plan-owner";

    /// <summary>The bookkeeping agent (代理记账机构) of the compounds in scope: records ledger entries and reversals.</summary>
    public const string Bookkeeper = "bookkeeper";

    /// <summary>The owners' committee (业委会) of the compounds in scope: approves expenses, asks to use the assembly seal.</summary>
    public const string Committee = "committee";

    /// <summary>The property company (物业) of the compounds in scope: reads their posted ledger entries.</summary>
    public const string Property = "property";

    /// <summary>Defines places and runs the platform.</summary>
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Viewer, Resident, Staff, PlanOwner, Bookkeeper, Committee, Property, Admin];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}
