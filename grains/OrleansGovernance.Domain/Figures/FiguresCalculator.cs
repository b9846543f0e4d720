using OrleansGovernance.Domain.Community;
using OrleansGovernance.Domain.Organisation;
using OrleansGovernance.Domain.Plans;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Domain.Figures;

/// <summary>
/// Computes a place's figures from the durable states below it. These are the definitions the whole platform
/// uses; a roll-up is only ever a sum of what this computes for the leaves.
/// </summary>
public static class FiguresCalculator
{
    public const int HourlyBuckets = 48;
    public const int DailyBuckets = 30;
    public const int WeeklyBuckets = 26;

    /// <summary>A compound's figures recounted from every one of its requests and plans.</summary>
    public static PlaceFigures ForCompound(
        CompoundProfile compound,
        BranchProfile? branch,
        IEnumerable<TicketFacts> tickets,
        IEnumerable<PlanFacts> plans,
        long version,
        DateTimeOffset now)
    {
        var tally = new TicketTally(now);
        foreach (var ticket in tickets)
        {
            tally.Include(ticket);
        }

        return ForCompound(compound, branch, tally, plans, version, now);
    }

    /// <summary>A compound's figures with its requests counted by a tally kept current change by change.</summary>
    public static PlaceFigures ForCompound(
        CompoundProfile compound,
        BranchProfile? branch,
        TicketTally tickets,
        IEnumerable<PlanFacts> plans,
        long version,
        DateTimeOffset now)
    {
        var figures = new PlaceFigures { AsOf = now, Version = version };
        CountOrganisation(figures, compound, branch);
        tickets.AddTo(figures, now);
        var today = ChinaTime.Date(now);
        foreach (var plan in plans)
        {
            CountPlan(figures, plan, today);
        }

        return figures;
    }

    public static PlaceFigures ForCommunity(
        ThreeLists lists,
        IReadOnlyList<Meeting> meetings,
        IEnumerable<PlaceFigures> compounds,
        long version,
        DateTimeOffset now)
    {
        var figures = PlaceFigures.Sum(compounds, now);
        figures.Version += version;
        figures.Organisation.Communities++;
        foreach (var meeting in meetings)
        {
            foreach (var counts in new[] { figures.Activity, figures.Year(ChinaTime.Year(meeting.HeldAt)) })
            {
                if (meeting.Kind == MeetingKind.JointMeeting)
                {
                    counts.JointMeetings++;
                }
                else
                {
                    counts.CouncilMeetings++;
                    counts.Council.Count(meeting);
                }

                counts.AgreedMatters += meeting.AgreedMatters.Count;
            }
        }

        foreach (var quarter in CouncilQuarters.Judged(meetings, now))
        {
            figures.Activity.Council.Judge(quarter);
            figures.Year(quarter.Year).Council.Judge(quarter);
        }

        foreach (var resource in lists.Resources)
        {
            figures.Activity.ResourcesListed++;
            figures.Year(ChinaTime.Year(resource.ListedAt)).ResourcesListed++;
        }

        foreach (var demand in lists.Demands)
        {
            figures.Activity.DemandsCollected++;
            figures.Year(ChinaTime.Year(demand.CollectedAt)).DemandsCollected++;
        }

        foreach (var claim in lists.Claims)
        {
            figures.Activity.DemandsClaimed++;
            figures.Year(ChinaTime.Year(claim.ClaimedAt)).DemandsClaimed++;
        }

        return figures;
    }

    private static void CountOrganisation(PlaceFigures figures, CompoundProfile compound, BranchProfile? branch)
    {
        var org = figures.Organisation;
        org.Compounds = 1;
        if (compound.OwnersCommittee is { } committee)
        {
            org.OwnersCommittees = 1;
            org.OwnersCommitteeMembers = committee.Members.Count;
            org.OwnersCommitteePartyMembers = committee.PartyMembers;
        }

        org.DualSealCompounds = compound.DualSeal ? 1 : 0;
        org.BookkeepingCompounds = compound.Bookkeeping ? 1 : 0;
        if (compound.PropertyService is { } service)
        {
            org.PropertyCompanies = [service.CompanyId];
            if (service.InstructorId is { } instructor)
            {
                org.PartyInstructors = [instructor];
            }
        }

        if (branch is not null)
        {
            org.CompoundBranches = 1;
            org.AssignedCadres = branch.AssignedCadres.Count;
            org.VanguardTeams = branch.VanguardTeams.Count;
            org.SecretariesInService = branch.Secretary.Source == SecretarySource.InService ? 1 : 0;
            org.SecretariesRetired = branch.Secretary.Source == SecretarySource.Retired ? 1 : 0;
            org.ManagerDeputySecretaries = branch.DeputySecretary is { FromPropertyCompany: true } ? 1 : 0;
        }

        foreach (var survey in compound.Surveys)
        {
            var year = figures.Year(survey.Year);
            year.SurveyRespondents += survey.Respondents;
            year.SurveySatisfied += survey.Satisfied;
            figures.Activity.SurveyRespondents += survey.Respondents;
            figures.Activity.SurveySatisfied += survey.Satisfied;
        }
    }

    private static void CountPlan(PlaceFigures figures, PlanFacts plan, DateOnly today)
    {
        var plans = figures.Plans;
        plans.Plans++;
        foreach (var milestone in plan.Milestones)
        {
            plans.Milestones++;
            plans.WeightTotal += milestone.Weight;
            plans.Overdue += milestone.IsOverdue(today) ? 1 : 0;
            plans.AtRisk += milestone.IsAtRisk(today) ? 1 : 0;
            if (milestone.Done)
            {
                plans.Done++;
                plans.WeightDone += milestone.Weight;
                if (milestone.DoneAt is { } doneAt)
                {
                    figures.Activity.MilestonesDone++;
                    figures.Year(ChinaTime.Year(doneAt)).MilestonesDone++;
                }
            }
        }
    }

    /// <summary>The hour, day and ISO-week windows that end at "now", each oldest bucket first.</summary>
    public sealed class Windows(DateTimeOffset now)
    {
        public DateTimeOffset HourlyFrom { get; } = ChinaTime.StartOfHour(now).AddHours(-(HourlyBuckets - 1));
        public DateTimeOffset DailyFrom { get; } = ChinaTime.StartOfDay(now).AddDays(-(DailyBuckets - 1));
        public DateTimeOffset WeeklyFrom { get; } = ChinaTime.StartOfIsoWeek(now).AddDays(-7 * (WeeklyBuckets - 1));

        /// <summary>Counts a moment into each window it falls in; one before a window's start is not counted there.</summary>
        public void Count(PlaceFigures figures, DateTimeOffset at, bool submitted, int delta = 1)
        {
            if (at >= HourlyFrom)
            {
                figures.Hourly.Count(ChinaTime.StartOfHour(at).ToUnixTimeSeconds(), submitted, delta);
            }

            if (at >= DailyFrom)
            {
                figures.Daily.Count(ChinaTime.StartOfDay(at).ToUnixTimeSeconds(), submitted, delta);
            }

            if (at >= WeeklyFrom)
            {
                figures.Weekly.Count(ChinaTime.StartOfIsoWeek(at).ToUnixTimeSeconds(), submitted, delta);
            }
        }

        /// <summary>Forgets the buckets the windows have moved past.</summary>
        public void Trim(PlaceFigures figures)
        {
            figures.Hourly.DropBefore(HourlyFrom.ToUnixTimeSeconds());
            figures.Daily.DropBefore(DailyFrom.ToUnixTimeSeconds());
            figures.Weekly.DropBefore(WeeklyFrom.ToUnixTimeSeconds());
        }
    }
}
