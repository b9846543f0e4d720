using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Plans;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Persistence.Tests.Facts;

/// <summary>Tickets and plans made by the domain's own steps, as the grains make them.</summary>
public static class FiledTickets
{
    public const string Compound = "xiamen.jimei.xinglin.fangzhi.hualing-garden";

    public const string Neighbour = "xiamen.jimei.xinglin.ningbao.xiaoqu-05";

    public static Ticket File(string id, DateTimeOffset at, TicketCategory category = TicketCategory.EbikeInLift, string compound = Compound) =>
        Ticket.Submit(
            id,
            new TicketSubmission(compound, category, TicketChannel.PropertyOffice, "E-bike taken into lift 2", "Building 3", new ReporterContact("陈阿姨", "13800001234", null)),
            ServiceLevelPolicy.Default,
            new Stamp("resident-chen", at, "third time this week"));

    public static Stamp By(string who, DateTimeOffset at, string? note = null) => new(who, at, note);

    public static Plan Plan(string id, string compound = Compound) => Domain.Plans.Plan.Create(id, new PlanDraft(
        compound,
        "Three-year joint-building plan",
        ["compound branch", "property company"],
        new DateOnly(2024, 1, 1),
        new DateOnly(2026, 12, 31),
        [
            new MilestoneDraft("lift-blockers", "E-bike blockers in every lift", MilestoneKind.Shelter, new DateOnly(2024, 6, 30), 2, "property company"),
            new MilestoneDraft("security-system", "Security cameras renewed", MilestoneKind.Security, new DateOnly(2025, 6, 30), 1, "compound branch"),
        ]));
}
