using OrleansGovernance.Api.Access;

namespace OrleansGovernance.E2E.Tests;

/// <summary>Every page of the dashboard, each as the person it is for.</summary>
public sealed record EveryPage(string Name, string Path, string Role, string[] Scopes, bool SignedIn = true)
{
    public const string Fangzhi = "xiamen.jimei.xinglin.fangzhi";
    public const string Hualing = Fangzhi + ".hualing-garden";
    public const string SealCompound = "xiamen.jimei.xinglin.ningbao.xiaoqu-05";
    public const string Ningbao = "xiamen.jimei.xinglin.ningbao";

    public static readonly IReadOnlyList<EveryPage> All =
    [
        new("overview-city", "/", Roles.Viewer, []),
        new("overview-community", $"/places/{Fangzhi}", Roles.Viewer, []),
        new("overview-compound", $"/places/{Hualing}", Roles.Viewer, []),
        new("desk", "/desk", Roles.Staff, [Fangzhi]),
        new("visits", $"/communities/{Fangzhi}/visits", Roles.Staff, [Fangzhi]),
        new("plan", $"/plans/{Hualing}.plan-2024-2026", Roles.PlanOwner, [Hualing + ".plan-2024-2026"]),
        new("my-plans", "/my-plans", Roles.PlanOwner, [Hualing + ".plan-2024-2026"]),
        new("ledger", $"/compounds/{Hualing}/ledger", Roles.Admin, []),
        new("seal-log", $"/compounds/{SealCompound}/seal-log", Roles.Admin, []),
        new("notices", "/notices", Roles.Admin, []),
        new("party", $"/communities/{Fangzhi}/party", Roles.Staff, [Fangzhi]),
        new("service-days", $"/communities/{Ningbao}/service-days", Roles.Staff, [Ningbao]),
        new("sign-in", "/sign-in", Roles.Viewer, [], SignedIn: false),
        new("not-found", "/places/nope", Roles.Viewer, []),
    ];

    public static IEnumerable<object[]> InBothViewports() =>
        from page in All from viewport in Viewports.Both select new object[] { page.Name, viewport.Name };

    public static EveryPage Named(string name) => All.Single(p => p.Name == name);

    /// <summary>Whether the page is a live (interactive) one, as opposed to a plain HTTP page.</summary>
    public bool Live => SignedIn && Name != "not-found";
}
