using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using OrleansGovernance.Api.Access;
using static OrleansGovernance.Api.Tests.AccessPlatform;

namespace OrleansGovernance.Api.Tests;

/// <summary>One request to try as every kind of caller: where it goes, what it sends, and how to see whether it changed anything.</summary>
/// <remarks><paramref name="Content"/> sends a body that is not JSON (a file to import) instead of <paramref name="Body"/>.</remarks>
public sealed record Attempt(string Path, object? Body = null, Func<Task<string>>? Observe = null, Func<HttpContent>? Content = null);

/// <summary>An endpoint, who may call it, and how to prepare a fresh attempt (as admin) before each caller tries.</summary>
/// <remarks><paramref name="Actor"/> is the caller the malformed-input suite sends its spoilt requests as: one allowed to make the request.</remarks>
public sealed record AccessCase(string Method, string Route, IReadOnlyList<string> Allowed, Func<AccessPlatform, Task<Attempt>> Arrange, string Actor = Roles.Admin)
{
    public string Key => $"{Method} {Route}";
}

/// <summary>
/// Every endpoint of /api/v1 with the callers that may use it, written down by hand from the roles
/// (a test checks that no mapped endpoint is missing here, so a new endpoint must say who may call it).
/// </summary>
public static class AccessMatrix
{
    private static readonly string[] Everyone = [Roles.Viewer, Roles.Resident, Roles.Staff, "staff-elsewhere", Roles.PlanOwner, Roles.Bookkeeper, Roles.Committee, Roles.Property, Roles.Admin];
    private static readonly string[] Bookkeeper = [Roles.Bookkeeper];
    private static readonly string[] Approvers = [Roles.Committee, Roles.Staff];
    private static readonly string[] CommitteeOnly = [Roles.Committee];
    private static readonly string[] SealKeepers = [Roles.Staff];
    private static readonly string[] AdminOnly = [Roles.Admin];
    private static readonly string[] PlaceStaff = [Roles.Staff, Roles.Admin];
    private static readonly string[] Filers = [Roles.Resident, Roles.Staff, Roles.Admin];
    private static readonly string[] Filer = [Roles.Resident, Roles.Admin];
    private static readonly string[] FilerOrStaff = [Roles.Resident, Roles.Staff, Roles.Admin];
    private static readonly string[] Owners = [Roles.PlanOwner, Roles.Admin];
    private static int _counter;

    public static IReadOnlyList<AccessCase> Cases { get; } =
    [
        Read("/api/v1/regions/{id}", "/api/v1/regions/xiamen.jimei.xinglin"),
        Read("/api/v1/regions/{id}/summary", "/api/v1/regions/xiamen/summary"),
        Read("/api/v1/communities/{id}", $"/api/v1/communities/{Community}"),
        Read("/api/v1/communities/{id}/summary", $"/api/v1/communities/{Community}/summary"),
        Read("/api/v1/communities/{id}/resources", $"/api/v1/communities/{Community}/resources"),
        Read("/api/v1/communities/{id}/demands", $"/api/v1/communities/{Community}/demands"),
        Read("/api/v1/communities/{id}/claims", $"/api/v1/communities/{Community}/claims"),
        Read("/api/v1/communities/{id}/meetings", $"/api/v1/communities/{Community}/meetings"),
        Read("/api/v1/communities/{id}/households", $"/api/v1/communities/{Community}/households"),
        Read("/api/v1/communities/{id}/visits", $"/api/v1/communities/{Community}/visits"),
        Read("/api/v1/communities/{id}/party-members", $"/api/v1/communities/{Community}/party-members"),
        Read("/api/v1/communities/{id}/vanguard-teams", $"/api/v1/communities/{Community}/vanguard-teams"),
        Read("/api/v1/communities/{id}/service-activities", $"/api/v1/communities/{Community}/service-activities?month=202611"),
        Read("/api/v1/communities/{id}/service-days", $"/api/v1/communities/{Community}/service-days"),
        Read("/api/v1/communities/{id}/recurring-services", $"/api/v1/communities/{Community}/recurring-services"),
        new("GET", "/api/v1/communities/{id}/recurring-services/{serviceId}/deliveries", Everyone, async p =>
            new Attempt($"/api/v1/communities/{Community}/recurring-services/{await StartService(p)}/deliveries")),
        Read("/api/v1/compounds/{id}", $"/api/v1/compounds/{Compound}"),
        Read("/api/v1/compounds/{id}/summary", $"/api/v1/compounds/{Compound}/summary"),
        Read("/api/v1/compounds/{id}/tickets", $"/api/v1/compounds/{Compound}/tickets"),
        Read("/api/v1/compounds/{id}/plans", $"/api/v1/compounds/{Compound}/plans"),
        Read("/api/v1/compounds/{id}/branch/", $"/api/v1/compounds/{Compound}/branch/"),
        Read("/api/v1/plans/{id}", $"/api/v1/plans/{Plan}"),
        Read("/api/v1/tickets/", $"/api/v1/tickets/?place={Community}&limit=5"),
        Read("/api/v1/regions/{id}/children", "/api/v1/regions/xiamen.jimei.xinglin/children"),
        Read("/api/v1/communities/{id}/children", $"/api/v1/communities/{Community}/children"),
        Read("/api/v1/exports/tickets.csv", $"/api/v1/exports/tickets.csv?place={Compound}"),
        Read("/api/v1/exports/milestones.csv", $"/api/v1/exports/milestones.csv?place={Compound}"),
        Read("/api/v1/exports/ledger.csv", $"/api/v1/exports/ledger.csv?compound={LedgerCompound}"),
        Read("/api/v1/exports/seal-log.csv", $"/api/v1/exports/seal-log.csv?compound={LedgerCompound}"),
        Read("/api/v1/compounds/{id}/ledger/", $"/api/v1/compounds/{LedgerCompound}/ledger/"),
        Read("/api/v1/compounds/{id}/ledger/balances", $"/api/v1/compounds/{LedgerCompound}/ledger/balances"),
        Read("/api/v1/compounds/{id}/ledger/statements/{month}", $"/api/v1/compounds/{LedgerCompound}/ledger/statements/2025-01"),
        Read("/api/v1/compounds/{id}/seal-requests/", $"/api/v1/compounds/{LedgerCompound}/seal-requests/"),
        Read("/api/v1/regions/{id}/live", "/api/v1/regions/xiamen/live"),
        Read("/api/v1/communities/{id}/live", $"/api/v1/communities/{Community}/live"),
        Read("/api/v1/compounds/{id}/live", $"/api/v1/compounds/{Compound}/live"),
        FeedTicket("/api/v1/regions/{id}/live/tickets", "/api/v1/regions/xiamen/live/tickets"),
        FeedTicket("/api/v1/communities/{id}/live/tickets", $"/api/v1/communities/{Community}/live/tickets"),
        FeedTicket("/api/v1/compounds/{id}/live/tickets", $"/api/v1/compounds/{Compound}/live/tickets"),
        new("GET", "/api/v1/audit", AdminOnly, _ => Task.FromResult(new Attempt($"/api/v1/audit?subject={Compound}"))),
        new("GET", "/api/v1/tickets/{id}", Everyone, async p => new($"/api/v1/tickets/{await File(p.Admin)}")),

        Administer("PUT", "/api/v1/regions/{id}", async p =>
        {
            // What a profile derives (the level its children must have) is shown, not taken back.
            var profile = (JsonObject)await Json(p, "/api/v1/regions/xiamen.jimei.xinglin");
            profile.Remove("childRegionLevel");
            return Send("/api/v1/regions/xiamen.jimei.xinglin", profile);
        }),
        Administer("PUT", "/api/v1/communities/{id}", async p => Send($"/api/v1/communities/{Community}", await Json(p, $"/api/v1/communities/{Community}"))),
        Administer("PUT", "/api/v1/compounds/{id}", async p =>
        {
            var profile = await Json(p, $"/api/v1/compounds/{Compound}");
            profile["households"] = profile["households"]!.GetValue<int>() + 1;
            (profile["ownersCommittee"] as JsonObject)?.Remove("partyMembers");

            // With a boundary, so the malformed-input suite spoils its points too.
            profile["boundary"] ??= JsonNode.Parse("""
                [{"lat":24.589,"lng":118.042},{"lat":24.589,"lng":118.044},{"lat":24.591,"lng":118.044},{"lat":24.589,"lng":118.042}]
                """);
            return Send($"/api/v1/compounds/{Compound}", profile);
        }),
        Administer("PUT", "/api/v1/compounds/{id}/flags", async p =>
        {
            var profile = await Json(p, $"/api/v1/compounds/{Compound}");
            return Send($"/api/v1/compounds/{Compound}/flags", new { dualSeal = false, bookkeeping = !profile["bookkeeping"]!.GetValue<bool>() });
        }),
        new("GET", "/api/v1/notifications/outbox", AdminOnly, _ => Task.FromResult(new Attempt("/api/v1/notifications/outbox?take=5"))),
        new("GET", "/api/v1/notifications/dead-letters", AdminOnly, _ => Task.FromResult(new Attempt("/api/v1/notifications/dead-letters"))),
        new("POST", "/api/v1/notifications/dead-letters/{id}/retry", AdminOnly, async p => new(
            $"/api/v1/notifications/dead-letters/{await NoticeMatrix.DeadLetter(p)}/retry", Observe: Observer(p, "/api/v1/notifications/dead-letters"))),
        new("DELETE", "/api/v1/notifications/dead-letters/{id}", AdminOnly, async p => new(
            $"/api/v1/notifications/dead-letters/{await NoticeMatrix.DeadLetter(p)}", Observe: Observer(p, "/api/v1/notifications/dead-letters"))),
        new("PUT", "/api/v1/notifications/opt-outs", AdminOnly, p => Task.FromResult(NoticeMatrix.OptOut(p))),
        new("POST", "/api/v1/notifications/opt-out", [.. Everyone, "anonymous"], NoticeMatrix.OptOutByToken),

        Administer("POST", "/api/v1/imports/places", p => Task.FromResult(new Attempt("/api/v1/imports/places",
            Observe: Observer(p, $"/api/v1/communities/{Community}"),
            Content: Csv($"kind,id,name_zh\ncompound,{Community}.imported-{Next()},导入小区\n")))),
        Administer("POST", "/api/v1/imports/requests", p => Task.FromResult(new Attempt("/api/v1/imports/requests",
            Observe: Observer(p, $"/api/v1/compounds/{Compound}/tickets"),
            Content: Csv($"工单编号,受理时间,诉求类别,小区\nM{Next()}-{Guid.NewGuid():N},2024-05-06 07:08:09,噪音,{Compound}\n")))),
        Administer("POST", "/api/v1/compounds/{id}/figures/rebuild", p => Task.FromResult(new Attempt(
            $"/api/v1/compounds/{Compound}/figures/rebuild", Observe: Observer(p, $"/api/v1/compounds/{Compound}")))),
        Keep("PUT", "/api/v1/compounds/{id}/owners-committee", p => Task.FromResult(Send($"/api/v1/compounds/{Compound}/owners-committee", Committee(Next())))),
        Keep("DELETE", "/api/v1/compounds/{id}/owners-committee", async p =>
        {
            (await p.Admin.PutAsJsonAsync($"/api/v1/compounds/{Compound}/owners-committee", Committee(Next()))).EnsureSuccessStatusCode();
            return Send($"/api/v1/compounds/{Compound}/owners-committee", null);
        }),
        Keep("PUT", "/api/v1/compounds/{id}/property-service", p => Task.FromResult(Send($"/api/v1/compounds/{Compound}/property-service", Property(Next())))),
        Keep("DELETE", "/api/v1/compounds/{id}/property-service", async p =>
        {
            (await p.Admin.PutAsJsonAsync($"/api/v1/compounds/{Compound}/property-service", Property(Next()))).EnsureSuccessStatusCode();
            return Send($"/api/v1/compounds/{Compound}/property-service", null);
        }),
        Keep("POST", "/api/v1/compounds/{id}/surveys", p => Task.FromResult(Send($"/api/v1/compounds/{Compound}/surveys", new { year = 2000 + (Next() % 100), respondents = 40, satisfied = 30 }))),
        Keep("POST", "/api/v1/compounds/{id}/plans", p => Task.FromResult(new Attempt($"/api/v1/compounds/{Compound}/plans", new
        {
            slug = $"m{Next()}",
            title = "Lights",
            parties = new[] { "Fangzhi community" },
            periodStart = "2026-01-01",
            periodEnd = "2026-12-31",
            milestones = new[] { new { id = "lights", title = "Lights", kind = "other", due = "2026-12-01", weight = 1, owner = "property" } },
        }, Observer(p, $"/api/v1/compounds/{Compound}/plans")))),
        Keep("PUT", "/api/v1/compounds/{id}/branch/", async p => Send($"/api/v1/compounds/{Compound}/branch/", await WithPartyMembers(p, Next()))),
        Keep("PUT", "/api/v1/compounds/{id}/branch/secretary", p => Task.FromResult(Send($"/api/v1/compounds/{Compound}/branch/secretary", new { name = $"Secretary {Next()}", source = "retired" }))),
        Keep("PUT", "/api/v1/compounds/{id}/branch/deputy-secretary", p => Task.FromResult(Send($"/api/v1/compounds/{Compound}/branch/deputy-secretary", new { name = $"Deputy {Next()}", fromPropertyCompany = true }))),
        Keep("DELETE", "/api/v1/compounds/{id}/branch/deputy-secretary", async p =>
        {
            (await p.Admin.PutAsJsonAsync($"/api/v1/compounds/{Compound}/branch/deputy-secretary", new { name = $"Deputy {Next()}", fromPropertyCompany = false })).EnsureSuccessStatusCode();
            return Send($"/api/v1/compounds/{Compound}/branch/deputy-secretary", null);
        }),
        Keep("POST", "/api/v1/compounds/{id}/branch/assigned-cadres", p => Task.FromResult(Send($"/api/v1/compounds/{Compound}/branch/assigned-cadres", new { name = $"Cadre {Next()}", kind = "gridWorker" }))),
        Keep("POST", "/api/v1/compounds/{id}/branch/vanguard-teams", p => Task.FromResult(Send($"/api/v1/compounds/{Compound}/branch/vanguard-teams", new { name = $"Team {Next()}", nameZh = "先锋队", members = 5 }))),
        Keep("PUT", "/api/v1/communities/{id}/council", p => Task.FromResult(new Attempt($"/api/v1/communities/{Community}/council", Council(Next()), Observer(p, $"/api/v1/communities/{Community}")))),
        Keep("DELETE", "/api/v1/communities/{id}/council", async p =>
        {
            (await p.Admin.PutAsJsonAsync($"/api/v1/communities/{Community}/council", Council(Next()))).EnsureSuccessStatusCode();
            return new Attempt($"/api/v1/communities/{Community}/council", null, Observer(p, $"/api/v1/communities/{Community}"));
        }),
        Keep("POST", "/api/v1/communities/{id}/co-building-units", p => Task.FromResult(new Attempt($"/api/v1/communities/{Community}/co-building-units",
            new { id = $"unit-{Next()}", name = "Fire station", nameZh = "消防站", pairedCompoundId = Compound, synthetic = true }, Observer(p, $"/api/v1/communities/{Community}")))),
        Keep("POST", "/api/v1/communities/{id}/resources", p => Task.FromResult(new Attempt($"/api/v1/communities/{Community}/resources",
            new { resource = new { title = $"Hall {Next()}", offeredBy = "school" } }, Observer(p, $"/api/v1/communities/{Community}/resources")))),
        Keep("POST", "/api/v1/communities/{id}/demands", p => Task.FromResult(new Attempt($"/api/v1/communities/{Community}/demands",
            Demand(Next()), Observer(p, $"/api/v1/communities/{Community}/demands")))),
        Keep("POST", "/api/v1/communities/{id}/claims", async p =>
        {
            var demand = await (await p.Admin.PostAsJsonAsync($"/api/v1/communities/{Community}/demands", Demand(Next()))).Content.ReadFromJsonAsync<JsonElement>();
            return new Attempt($"/api/v1/communities/{Community}/claims",
                new { claim = new { demandId = demand.GetProperty("id").GetString(), responsibleParty = "branch" } }, Observer(p, $"/api/v1/communities/{Community}/claims"));
        }),
        Keep("POST", "/api/v1/communities/{id}/meetings", async p =>
        {
            // A council meeting: the community has a council whose seats the matter's class needs.
            (await p.Admin.PutAsJsonAsync($"/api/v1/communities/{Community}/council", Council(Next()))).EnsureSuccessStatusCode();
            return new Attempt($"/api/v1/communities/{Community}/meetings", new
            {
                meeting = new
                {
                    kind = "councilMeeting",
                    form = "quarterly",
                    title = $"Council {Next()}",
                    attendees = new[] { "chair" },
                    agenda = new[] { new { title = "Lights" } },
                    agreedMatters = new[]
                    {
                        new
                        {
                            title = "Lights",
                            outcome = "Fixed by the property company",
                            settlesTickets = Array.Empty<string>(),
                            @class = "big",
                            concerns = new[] { Compound },
                            tookPart = new object[] { new { party = "communityPartyCommittee" }, new { party = "propertyManager", compoundId = Compound } },
                        },
                    },
                },
            }, Observer(p, $"/api/v1/communities/{Community}/meetings"));
        }),
        Keep("POST", "/api/v1/communities/{id}/households", p => Task.FromResult(new Attempt($"/api/v1/communities/{Community}/households",
            new { reference = $"m-{Next()}", compoundId = Compound, inDifficulty = true, cadenceDays = 14, synthetic = true }, Observer(p, $"/api/v1/communities/{Community}/households")))),
        Keep("PUT", "/api/v1/communities/{id}/households/{reference}/cadence", async p => new Attempt(
            $"/api/v1/communities/{Community}/households/{await RegisterHousehold(p)}/cadence", new { cadenceDays = 1 + (Next() % 300), note = "weekly in winter" }, Observer(p, $"/api/v1/communities/{Community}/households"))),
        Keep("POST", "/api/v1/communities/{id}/visits", async p => new Attempt($"/api/v1/communities/{Community}/visits", new
        {
            householdReference = await RegisterHousehold(p),
            kind = "inDifficulty",
            findings = $"Grab rail needed {Next()}",
            fileRequest = new { category = "elderlyCare", description = "Grab rail in the bathroom" },
        }, Observer(p, $"/api/v1/communities/{Community}/visits"))),
        Keep("POST", "/api/v1/communities/{id}/party-members", p => Task.FromResult(new Attempt($"/api/v1/communities/{Community}/party-members",
            PartyMember(Next()), Observer(p, $"/api/v1/communities/{Community}/party-members")))),
        Keep("POST", "/api/v1/communities/{id}/vanguard-teams", async p => new Attempt($"/api/v1/communities/{Community}/vanguard-teams",
            new { name = $"Team {Next()}", nameZh = $"先锋队{Next()}", compoundId = Compound, memberIds = new[] { await RegisteredMember(p) } },
            Observer(p, $"/api/v1/communities/{Community}/vanguard-teams"))),
        Keep("POST", "/api/v1/communities/{id}/vanguard-teams/{teamId}/members", async p =>
        {
            var team = await VanguardTeam(p);
            return new Attempt($"/api/v1/communities/{Community}/vanguard-teams/{team.Id}/members", new { memberId = await RegisteredMember(p) },
                Observer(p, $"/api/v1/communities/{Community}/vanguard-teams"));
        }),
        Keep("POST", "/api/v1/communities/{id}/service-activities", async p =>
        {
            var team = await VanguardTeam(p);
            return new Attempt($"/api/v1/communities/{Community}/service-activities",
                new { date = ChinaToday, teamId = team.Id, memberIds = new[] { team.Member }, hours = 1.5m, residentsServed = 8, description = "Cleared the stairwells" },
                Observer(p, $"/api/v1/communities/{Community}/service-activities"));
        }),
        Keep("POST", "/api/v1/communities/{id}/service-days", p => Task.FromResult(new Attempt($"/api/v1/communities/{Community}/service-days",
            new { date = Today().AddMonths(1 + (Next() % 12)), synthetic = true }, Observer(p, $"/api/v1/communities/{Community}/service-days")))),
        Keep("POST", "/api/v1/communities/{id}/service-days/held", p => Task.FromResult(new Attempt($"/api/v1/communities/{Community}/service-days/held",
            new { heldOn = NextHeldDay(), services = new[] { "Blood-pressure checks", "Haircuts" }, residentsServed = 40, otherPartners = new[] { "Health centre" }, synthetic = true },
            Observer(p, $"/api/v1/communities/{Community}/service-days")))),
        Keep("POST", "/api/v1/communities/{id}/recurring-services", async p => new Attempt($"/api/v1/communities/{Community}/recurring-services",
            await ServiceBody(p), Observer(p, $"/api/v1/communities/{Community}/recurring-services"))),
        Keep("POST", "/api/v1/communities/{id}/recurring-services/{serviceId}/deliveries", async p =>
        {
            var service = await StartService(p);
            return new Attempt($"/api/v1/communities/{Community}/recurring-services/{service}/deliveries",
                Observe: Observer(p, $"/api/v1/communities/{Community}/recurring-services/{service}/deliveries"));
        }),
        Keep("POST", "/api/v1/communities/{id}/recurring-services/{serviceId}/stop", async p => new Attempt(
            $"/api/v1/communities/{Community}/recurring-services/{await StartService(p)}/stop", Observe: Observer(p, $"/api/v1/communities/{Community}/recurring-services"))),

        new("POST", "/api/v1/tickets/", Filers, p => Task.FromResult(new Attempt("/api/v1/tickets/",
            new { compoundId = Compound, category = "noise", channel = "walkIn", description = "Karaoke at midnight" }, FiledTickets(p)))),
        Step("acknowledge", PlaceStaff, new { note = "seen" }),
        Step("claim", PlaceStaff, new { party = "propertyCompany", claimantName = "Chengfa property" }, "acknowledge"),
        Step("escalate", PlaceStaff, new { note = "to the joint meeting" }, "acknowledge"),
        Step("settle", PlaceStaff, new { note = "fixed" }, "acknowledge", "claim"),
        Step("reject", PlaceStaff, new { note = "not ours" }),
        new("POST", "/api/v1/tickets/{id}/duplicate", PlaceStaff, async p =>
        {
            var original = await File(p.Admin);
            var id = await File(p.Admin);
            return new Attempt($"/api/v1/tickets/{id}/duplicate", new { originalId = original, note = "same lift" }, Observer(p, $"/api/v1/tickets/{id}"));
        }),
        Step("rate", Filer, new { level = "satisfied" }, "acknowledge", "claim", "settle"),
        Step("reopen", FilerOrStaff, new { note = "dripping again" }, "acknowledge", "claim", "settle"),

        Keep("PUT", "/api/v1/compounds/{id}/ledger/threshold", p => Task.FromResult(new Attempt($"/api/v1/compounds/{LedgerCompound}/ledger/threshold",
            new { amount = 5_000m + Next(), note = "agreed at the assembly" }, LedgerObserver(p)))),
        new("POST", "/api/v1/compounds/{id}/ledger/entries", Bookkeeper, p => Task.FromResult(new Attempt($"/api/v1/compounds/{LedgerCompound}/ledger/entries",
            Entry("income", "parking", 100m + Next()), LedgerObserver(p))), Roles.Bookkeeper),
        LedgerStep("approve", Approvers, Roles.Committee, new { note = "within budget" }, pending: true),
        LedgerStep("refuse", Approvers, Roles.Staff, new { note = "quote too high" }, pending: true),
        LedgerStep("reverse", Bookkeeper, Roles.Bookkeeper, new { note = "recorded twice" }, pending: false),
        new("POST", "/api/v1/compounds/{id}/seal-requests/", CommitteeOnly, p => Task.FromResult(new Attempt($"/api/v1/compounds/{LedgerCompound}/seal-requests/",
            new { document = $"Contract {Next()}", purpose = "renew the property service" }, SealObserver(p))), Roles.Committee),
        SealStep("approve", new { note = "the assembly voted for it" }),
        SealStep("refuse", new { note = "no assembly decision" }),
        SealStep("use", new { note = "stamped two copies" }, "approve"),

        Keep("POST", "/api/v1/plans/{id}/milestones", p => Task.FromResult(new Attempt($"/api/v1/plans/{Plan}/milestones",
            Milestone(Next()), Observer(p, $"/api/v1/plans/{Plan}")))),
        new("POST", "/api/v1/plans/{id}/milestones/{milestoneId}/tick", Owners, async p =>
            new Attempt($"/api/v1/plans/{Plan}/milestones/{await AddMilestone(p)}/tick", new { note = "done" }, Observer(p, $"/api/v1/plans/{Plan}"))),
        new("POST", "/api/v1/plans/{id}/milestones/{milestoneId}/untick", Owners, async p =>
        {
            var milestone = await AddMilestone(p);
            (await p.Admin.PostAsJsonAsync($"/api/v1/plans/{Plan}/milestones/{milestone}/tick", new { note = "done" })).EnsureSuccessStatusCode();
            return new Attempt($"/api/v1/plans/{Plan}/milestones/{milestone}/untick", new { note = "failed inspection" }, Observer(p, $"/api/v1/plans/{Plan}"));
        }),
        new("POST", "/api/v1/plans/{id}/milestones/{milestoneId}/start", Owners, async p =>
            new Attempt($"/api/v1/plans/{Plan}/milestones/{await AddMilestone(p)}/start", new { note = "works begin" }, Observer(p, $"/api/v1/plans/{Plan}"))),
        new("POST", "/api/v1/plans/{id}/milestones/{milestoneId}/inspect", Owners, async p =>
        {
            var milestone = await AddMilestone(p);
            (await p.Admin.PostAsJsonAsync($"/api/v1/plans/{Plan}/milestones/{milestone}/tick", new { note = "done" })).EnsureSuccessStatusCode();
            return new Attempt($"/api/v1/plans/{Plan}/milestones/{milestone}/inspect", new { note = "accepted", evidence = new[] { await UploadEvidence(p, milestone) } }, Observer(p, $"/api/v1/plans/{Plan}"));
        }),
        new("POST", "/api/v1/plans/{id}/milestones/{milestoneId}/evidence", Owners, async p =>
            new Attempt($"/api/v1/plans/{Plan}/milestones/{await AddMilestone(p)}/evidence", Observe: EvidenceFiles(p), Content: EvidencePhoto)),
        new("GET", "/api/v1/plans/{id}/evidence/{evidenceId}", Everyone, async p =>
            new Attempt($"/api/v1/plans/{Plan}/evidence/{await UploadEvidence(p, await AddMilestone(p))}")),

        Administer("POST", "/api/v1/webhooks/", p => Task.FromResult(new Attempt("/api/v1/webhooks/", Hook(), Observer(p, "/api/v1/webhooks/")))),
        new("GET", "/api/v1/webhooks/", AdminOnly, _ => Task.FromResult(new Attempt("/api/v1/webhooks/"))),
        new("GET", "/api/v1/webhooks/{id}", AdminOnly, async p => new($"/api/v1/webhooks/{await CreateHook(p)}")),
        new("GET", "/api/v1/webhooks/{id}/deliveries", AdminOnly, async p => new($"/api/v1/webhooks/{await CreateHook(p)}/deliveries?state=dead&limit=10")),
        Administer("PUT", "/api/v1/webhooks/{id}", async p =>
        {
            var id = await CreateHook(p);
            return new Attempt($"/api/v1/webhooks/{id}", new { url = $"http://127.0.0.1:9/matrix-{Next()}", events = new[] { "rated" }, places = new[] { HookCompound } }, Observer(p, $"/api/v1/webhooks/{id}"));
        }),
        Administer("DELETE", "/api/v1/webhooks/{id}", async p => new Attempt($"/api/v1/webhooks/{await CreateHook(p)}", Observe: Observer(p, "/api/v1/webhooks/"))),
        Administer("POST", "/api/v1/webhooks/{id}/secret", async p =>
        {
            var id = await CreateHook(p);
            return new Attempt($"/api/v1/webhooks/{id}/secret", new { secret = $"matrix-secret-{Next():D8}-0123456789abcdef" }, Observer(p, $"/api/v1/webhooks/{id}"));
        }),
        Administer("POST", "/api/v1/webhooks/{id}/deliveries/{deliveryId}/retry", async p =>
        {
            var (id, delivery) = await DeadLetter(p);
            return new Attempt($"/api/v1/webhooks/{id}/deliveries/{delivery}/retry", Observe: Observer(p, $"/api/v1/webhooks/{id}/deliveries"));
        }),
        Administer("DELETE", "/api/v1/webhooks/{id}/deliveries/{deliveryId}", async p =>
        {
            var (id, delivery) = await DeadLetter(p);
            return new Attempt($"/api/v1/webhooks/{id}/deliveries/{delivery}", Observe: Observer(p, $"/api/v1/webhooks/{id}/deliveries"));
        }),
    ];

    private static int Next() => Interlocked.Increment(ref _counter);

    private static int _heldMonths;

    /// <summary>A day in a month of its own, long past: a community holds one service day a month, so each attempt needs a fresh month.</summary>
    private static DateOnly NextHeldDay() => new DateOnly(1950, 1, 15).AddMonths(Interlocked.Increment(ref _heldMonths));

    private static DateOnly Today() => OrleansGovernance.Domain.ChinaTime.Date(DateTimeOffset.UtcNow);

    /// <summary>A service delivering a resource listed for the occasion, every day from today (so a delivery is due whenever the matrix runs).</summary>
    private static async Task<object> ServiceBody(AccessPlatform p)
    {
        var listed = await p.Admin.PostAsJsonAsync($"/api/v1/communities/{Community}/resources", new { resource = new { title = $"Lunch {Next()}", offeredBy = "home-care station" } });
        listed.EnsureSuccessStatusCode();
        var resource = (await listed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        return new
        {
            resourceId = resource,
            household = $"hh-matrix-{Next()}",
            days = new[] { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" },
            startsOn = Today(),
            deliveredBy = "property office",
        };
    }

    private static async Task<string> StartService(AccessPlatform p)
    {
        var started = await p.Admin.PostAsJsonAsync($"/api/v1/communities/{Community}/recurring-services", await ServiceBody(p));
        started.EnsureSuccessStatusCode();
        return (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>
    /// An endpoint on a loopback port nobody listens on, for an event nobody causes there: it is sent nothing, and
    /// whatever a case does with it reaches no other machine.
    /// </summary>
    private static object Hook() => new { url = $"http://127.0.0.1:9/matrix-{Next()}", events = new[] { "rated" }, places = new[] { HookCompound }, description = "matrix" };

    private static async Task<string> CreateHook(AccessPlatform p)
    {
        var created = await p.Admin.PostAsJsonAsync("/api/v1/webhooks/", Hook());
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>A fresh endpoint's dead letter: a filing it wanted, refused by the closed port and given up at once (as AccessPlatform sets it).</summary>
    private static async Task<(string Id, string Delivery)> DeadLetter(AccessPlatform p)
    {
        var created = await p.Admin.PostAsJsonAsync("/api/v1/webhooks/", new { url = "http://127.0.0.1:9/dead", events = new[] { "filed" }, places = new[] { HookCompound } });
        created.EnsureSuccessStatusCode();
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        await Task.Delay(AccessPlatform.WebhookRefresh * 3);
        var filed = await p.Admin.PostAsJsonAsync("/api/v1/tickets", new { compoundId = HookCompound, category = "noise", channel = "walkIn", description = "Drums at night" });
        filed.EnsureSuccessStatusCode();
        var ticket = (await filed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var delivery = $"{ticket}:1:filed";
        await Eventually.Until(async () => await p.Admin.GetStringAsync($"/api/v1/webhooks/{id}/deliveries?state=dead"), dead => dead.Contains(delivery, StringComparison.Ordinal));
        return (id, delivery);
    }

    private static AccessCase Read(string route, string path) => new("GET", route, Everyone, _ => Task.FromResult(new Attempt(path)));

    /// <summary>Issuing a feed ticket changes nothing, so the place's profile is what must stay as it was.</summary>
    private static AccessCase FeedTicket(string route, string path) =>
        new("POST", route, Everyone, p => Task.FromResult(new Attempt(path, null, Observer(p, path[..path.LastIndexOf("/live", StringComparison.Ordinal)]))));

    private static AccessCase Administer(string method, string route, Func<AccessPlatform, Task<Attempt>> arrange) =>
        Observed(method, route, AdminOnly, arrange);

    private static AccessCase Keep(string method, string route, Func<AccessPlatform, Task<Attempt>> arrange) =>
        Observed(method, route, PlaceStaff, arrange);

    /// <summary>A write whose attempt, unless it says otherwise, is observed through the place it changes.</summary>
    private static AccessCase Observed(string method, string route, string[] allowed, Func<AccessPlatform, Task<Attempt>> arrange) =>
        new(method, route, allowed, async p =>
        {
            var attempt = await arrange(p);
            return attempt.Observe is null ? attempt with { Observe = Observer(p, PlaceOf(attempt.Path)) } : attempt;
        });

    /// <summary>A ticket step, tried on a fresh ticket the resident filed and admin brought to where the step applies.</summary>
    private static AccessCase Step(string action, string[] allowed, object body, params string[] before) =>
        new("POST", $"/api/v1/tickets/{{id}}/{action}", allowed, async p =>
        {
            var id = await File(p.Caller(Roles.Resident));
            foreach (var step in before)
            {
                var prepared = step == "claim" ? (object)new { party = "propertyCompany", claimantName = "Chengfa property" } : new { note = step };
                (await p.Admin.PostAsJsonAsync($"/api/v1/tickets/{id}/{step}", prepared)).EnsureSuccessStatusCode();
            }

            return new Attempt($"/api/v1/tickets/{id}/{action}", body, Observer(p, $"/api/v1/tickets/{id}"));
        });

    /// <summary>A step on a fresh ledger entry the bookkeeper recorded: an expense above the threshold, or a posted income.</summary>
    private static AccessCase LedgerStep(string action, string[] allowed, string actor, object body, bool pending) =>
        new("POST", $"/api/v1/compounds/{{id}}/ledger/entries/{{number}}/{action}", allowed, async p =>
        {
            var entry = pending ? Entry("expense", "repairs", 1_000_000m + Next()) : Entry("income", "advertising", 10m + Next());
            var recorded = await p.Caller(Roles.Bookkeeper).PostAsJsonAsync($"/api/v1/compounds/{LedgerCompound}/ledger/entries", entry);
            recorded.EnsureSuccessStatusCode();
            var number = (await recorded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetInt32();
            return new Attempt($"/api/v1/compounds/{LedgerCompound}/ledger/entries/{number}/{action}", body, LedgerObserver(p));
        }, actor);

    /// <summary>A step on a fresh request to use the seal, which the committee made and the community brought to where the step applies.</summary>
    private static AccessCase SealStep(string action, object body, params string[] before) =>
        new("POST", $"/api/v1/compounds/{{id}}/seal-requests/{{number}}/{action}", SealKeepers, async p =>
        {
            var requested = await p.Caller(Roles.Committee).PostAsJsonAsync($"/api/v1/compounds/{LedgerCompound}/seal-requests", new { document = $"Notice {Next()}", purpose = "announce the AGM" });
            requested.EnsureSuccessStatusCode();
            var number = (await requested.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetInt32();
            foreach (var step in before)
            {
                (await p.Caller(Roles.Staff).PostAsJsonAsync($"/api/v1/compounds/{LedgerCompound}/seal-requests/{number}/{step}", new { note = step })).EnsureSuccessStatusCode();
            }

            return new Attempt($"/api/v1/compounds/{LedgerCompound}/seal-requests/{number}/{action}", body, SealObserver(p));
        }, Roles.Staff);

    private static object Entry(string kind, string category, decimal amount) =>
        new { kind, category, date = "2026-01-15", amount, counterparty = "Chengfa property", evidence = "PZ-2026-01-015", note = "matrix" };

    private static Func<Task<string>> LedgerObserver(AccessPlatform p) => Observer(p, $"/api/v1/compounds/{LedgerCompound}/ledger/");

    private static Func<Task<string>> SealObserver(AccessPlatform p) => Observer(p, $"/api/v1/compounds/{LedgerCompound}/seal-requests/");

    private static Attempt Send(string path, object? body) => new(path, body);

    private static string ChinaToday => DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static object PartyMember(int n) =>
        new { name = $"Member {n}", phone = "13800000000", standing = "inWork", workUnit = "Jimei tax office", compoundId = Compound, registeredOn = "2024-03-01" };

    private static async Task<string> RegisteredMember(AccessPlatform p)
    {
        var member = await (await p.Admin.PostAsJsonAsync($"/api/v1/communities/{Community}/party-members", PartyMember(Next()))).EnsureSuccessStatusCode()
            .Content.ReadFromJsonAsync<JsonElement>();
        return member.GetProperty("id").GetString()!;
    }

    private static async Task<(string Id, string Member)> VanguardTeam(AccessPlatform p)
    {
        var member = await RegisteredMember(p);
        var team = await (await p.Admin.PostAsJsonAsync($"/api/v1/communities/{Community}/vanguard-teams",
            new { name = $"Team {Next()}", nameZh = $"先锋队{Next()}", compoundId = (string?)null, memberIds = new[] { member } })).EnsureSuccessStatusCode()
            .Content.ReadFromJsonAsync<JsonElement>();
        return (team.GetProperty("id").GetString()!, member);
    }

    private static Func<Task<string>> Observer(AccessPlatform p, string path) => () => p.Admin.GetStringAsync(path);

    private static Func<HttpContent> Csv(string text) => () => new StringContent(text, System.Text.Encoding.UTF8, "text/csv");

    /// <summary>
    /// How many tickets are stored: read from the database, where a filing is committed before it is answered, rather
    /// than from a compound's list, which follows the filing a moment later.
    /// </summary>
    private static Func<Task<string>> FiledTickets(AccessPlatform p) => async () =>
        (await new GrainRows(p.DatabasePath).OfState("ticket")).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The resource a write under /compounds/{id}/... or /communities/{id}/... changes.</summary>
    private static string PlaceOf(string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var place = string.Join('/', segments[..4]);
        return segments.Length > 4 && segments[4] == "branch" ? $"/{place}/branch/" : $"/{place}";
    }

    private static async Task<string> File(HttpClient client)
    {
        var created = await client.PostAsJsonAsync("/api/v1/tickets", new { compoundId = Compound, category = "ebikeInLift", channel = "walkIn", description = "E-bike in lift 3" });
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>A photo as a plan owner's phone sends it: a multipart form with a PNG (its first bytes say so).</summary>
    public static HttpContent EvidencePhoto()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R'];
        var file = new ByteArrayContent(png);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/png");
        return new MultipartFormDataContent { { file, "file", "display-screen.png" } };
    }

    private static async Task<string> UploadEvidence(AccessPlatform p, string milestone)
    {
        var uploaded = await p.Admin.PostAsync($"/api/v1/plans/{Plan}/milestones/{milestone}/evidence", EvidencePhoto());
        uploaded.EnsureSuccessStatusCode();
        return (await uploaded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>How many evidence files are stored, read from the database, where an upload is committed before it is answered.</summary>
    private static Func<Task<string>> EvidenceFiles(AccessPlatform p) => async () =>
        (await new GrainRows(p.DatabasePath).EvidenceFiles()).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A fresh household in difficulty on the matrix community's register, made by admin.</summary>
    private static async Task<string> RegisterHousehold(AccessPlatform p)
    {
        var reference = $"m-{Next()}";
        (await p.Admin.PostAsJsonAsync($"/api/v1/communities/{Community}/households", new { reference, compoundId = Compound, inDifficulty = true })).EnsureSuccessStatusCode();
        return reference;
    }

    private static async Task<string> AddMilestone(AccessPlatform p)
    {
        var n = Next();
        (await p.Admin.PostAsJsonAsync($"/api/v1/plans/{Plan}/milestones", Milestone(n))).EnsureSuccessStatusCode();
        return $"m{n}";
    }

    /// <summary>A resource as read, less what a read shows but a write does not take (computed members are refused in bodies).</summary>
    private static async Task<JsonNode> Json(AccessPlatform p, string path)
    {
        var read = JsonNode.Parse(await p.Admin.GetStringAsync(path))!.AsObject();
        read.Remove("childRegionLevel");
        (read["ownersCommittee"] as JsonObject)?.Remove("partyMembers");
        return read;
    }

    private static async Task<JsonNode> WithPartyMembers(AccessPlatform p, int n)
    {
        var branch = await Json(p, $"/api/v1/compounds/{Compound}/branch/");
        branch["partyMembers"] = n % 50;
        return branch;
    }

    private static object Committee(int n) => new { formed = "2024-03-01", members = new[] { new { name = $"Chair {n}", partyMember = true, role = "chair" } } };

    private static object Property(int n) => new { companyId = $"company-{n}", companyName = "Chengfa property", manager = "Manager Hong", redProperty = true };

    private static object Council(int n) => new
    {
        name = $"Council {n}",
        nameZh = "议事会",
        members = new object[] { new { name = "Chair Su", role = "chair", party = "communityPartyCommittee" }, new { name = "Manager Li", role = "property manager", party = "propertyManager", compoundId = Compound } },
    };

    private static object Demand(int n) => new { demand = new { title = $"Street lights {n}", source = "happinessMailbox", compoundId = Compound } };

    private static object Milestone(int n) => new { id = $"m{n}", title = $"Milestone {n}", kind = "other", due = "2026-12-20", weight = 1, owner = "owner-matrix" };
}
