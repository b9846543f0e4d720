using System.Globalization;
using OrleansGovernance.Domain.Plans;

namespace OrleansGovernance.Api.Dashboard;

/// <summary>How a plan, its milestones and their steps read on screen, in the dashboard's language.</summary>
public static class PlanTexts
{
    public static string Title(Plan plan) => Show.Name(plan.Title, plan.TitleZh);

    public static string Parties(Plan plan) =>
        string.Join(" · ", DashboardCulture.IsChinese && plan.PartiesZh.Count == plan.Parties.Count ? plan.PartiesZh : plan.Parties);

    public static string Title(Milestone milestone) => Show.Name(milestone.Title, milestone.TitleZh);

    public static string Owner(Milestone milestone) => Show.Name(milestone.Owner, milestone.OwnerZh);

    /// <summary>People by the name they are known by; the token's subject only when it gave none.</summary>
    public static string Person(MilestoneTick step) => step.ByName ?? step.By;

    /// <summary>未开始 / 进行中 / 已完成 / 已验收.</summary>
    public static string State(MilestoneState state) => state switch
    {
        MilestoneState.NotStarted => Texts.T("Not started"),
        MilestoneState.InProgress => Texts.T("In progress"),
        MilestoneState.Done => Texts.T("Completed"),
        _ => Texts.T("Inspected"),
    };

    public static string Step(MilestoneStep step) => step switch
    {
        MilestoneStep.Start => Texts.T("started"),
        MilestoneStep.Finish => Texts.T("marked done"),
        MilestoneStep.Inspect => Texts.T("accepted on inspection"),
        _ => Texts.T("stepped back"),
    };

    /// <summary>What the button that takes <paramref name="step"/> says.</summary>
    public static string Action(MilestoneStep step) => step switch
    {
        MilestoneStep.Start => Texts.T("Start works"),
        MilestoneStep.Finish => Texts.T("Mark done"),
        MilestoneStep.Inspect => Texts.T("Record inspection"),
        _ => Texts.T("Step back"),
    };

    /// <summary>超期 N 天.</summary>
    public static string Overdue(int days) => string.Format(CultureInfo.CurrentCulture, Texts.T("Overdue {0} days"), days);
}
