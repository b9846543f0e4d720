using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using OrleansGovernance.Api.Access;

namespace OrleansGovernance.Api.Tests;

/// <summary>
/// A platform of its own for the access matrix, whose writes would disturb the seeded figures other tests read.
/// It adds a compound (with a branch and a plan) under Fangzhi for the matrix to change freely, and one client per
/// kind of caller the matrix tries.
/// </summary>
public sealed class AccessPlatform : PlatformFixture
{
    /// <summary>How soon the silo's dispatchers see a new webhook endpoint here.</summary>
    public static readonly TimeSpan WebhookRefresh = TimeSpan.FromMilliseconds(200);

    public const string Community = "xiamen.jimei.xinglin.fangzhi";
    public const string Compound = Community + ".matrix-court";
    public const string Plan = Compound + ".plan-matrix";
    public const string LedgerCompound = Community + ".ledger-court";
    public const string Elsewhere = "xiamen.jimei.xinglin.ningbao";

    /// <summary>Where the webhook cases file their requests, so their endpoints' deliveries are theirs alone.</summary>
    public const string HookCompound = Community + ".hook-court";
    public const string ResidentSubject = "resident-matrix";

    private readonly Lazy<Task> _world;
    private readonly Lazy<IReadOnlyDictionary<string, HttpClient>> _callers;

    public AccessPlatform()
    {
        _world = new(BuildWorld);
        _callers = new(() => new Dictionary<string, HttpClient>
        {
            ["anonymous"] = Anonymous(),
            [Roles.Viewer] = As(Roles.Viewer),
            [Roles.Resident] = As(Roles.Resident, ResidentSubject),
            [Roles.Staff] = As(Roles.Staff, "staff-fangzhi", Community),
            ["staff-elsewhere"] = As(Roles.Staff, "staff-ningbao", Elsewhere),
            [Roles.PlanOwner] = As(Roles.PlanOwner, "owner-matrix", Plan),
            [Roles.Bookkeeper] = As(Roles.Bookkeeper, "agent-matrix", LedgerCompound),
            [Roles.Committee] = As(Roles.Committee, "committee-matrix", LedgerCompound),
            [Roles.Property] = As(Roles.Property, "property-matrix", LedgerCompound),
            [Roles.Admin] = CreateClient(),
        });
    }

    public static IReadOnlyList<string> Callers { get; } =
        ["anonymous", Roles.Viewer, Roles.Resident, Roles.Staff, "staff-elsewhere", Roles.PlanOwner, Roles.Bookkeeper, Roles.Committee, Roles.Property, Roles.Admin];

    public HttpClient Admin => _callers.Value[Roles.Admin];

    public HttpClient Caller(string name) => _callers.Value[name];

    public Task Ready() => _world.Value;

    /// <summary>Webhook endpoints seen at once, and a failed delivery given up at its first failure, so a dead letter is quick to make.</summary>
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Webhooks:DirectoryRefresh", WebhookRefresh.ToString("c", System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Webhooks:GiveUpAfter", "00:00:00");
    }

    private async Task BuildWorld()
    {
        var admin = CreateClient();
        (await admin.PutAsJsonAsync($"/api/v1/compounds/{Compound}", new
        {
            id = Compound,
            name = "Matrix Court",
            nameZh = "矩阵苑",
            communityId = Community,
            households = 120,
        })).EnsureSuccessStatusCode();
        (await admin.PutAsJsonAsync($"/api/v1/compounds/{Compound}/branch/", new
        {
            compoundId = Compound,
            secretary = new { name = "Secretary Zheng", source = "retired" },
            partyMembers = 4,
        })).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync($"/api/v1/compounds/{Compound}/plans", new
        {
            slug = "matrix",
            title = "Matrix plan",
            parties = new[] { "Fangzhi community" },
            periodStart = "2026-01-01",
            periodEnd = "2026-12-31",
            milestones = new[] { new { id = "first", title = "First", kind = "other", due = "2026-12-01", weight = 1, owner = "owner-matrix" } },
        })).EnsureSuccessStatusCode();

        (await admin.PutAsJsonAsync($"/api/v1/compounds/{HookCompound}", new { id = HookCompound, name = "Hook Court", nameZh = "钩子苑", communityId = Community, households = 60 }))
            .EnsureSuccessStatusCode();

        // A compound with a ledger and a seal register of its own, so the matrix's flag changes elsewhere leave them be.
        (await admin.PutAsJsonAsync($"/api/v1/compounds/{LedgerCompound}", new
        {
            id = LedgerCompound,
            name = "Ledger Court",
            nameZh = "账本苑",
            communityId = Community,
            households = 300,
            ownersCommittee = new { members = new[] { new { name = "Chair Su", partyMember = true, role = "chair" } } },
            dualSeal = true,
            bookkeeping = true,
        })).EnsureSuccessStatusCode();
    }
}

[CollectionDefinition(Name)]
public sealed class AccessCollection : ICollectionFixture<AccessPlatform>
{
    public const string Name = "access";
}
