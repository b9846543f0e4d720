namespace OrleansGovernance.Domain.Plans;

/// <summary>
/// A joint-building plan (联建规划) of a compound, e.g. Hualing Garden's three-year plan to 2026: the parties
/// that signed it, its period, and weighted milestones that plan owners tick off.
/// </summary>
[GenerateSerializer, Alias("governance.plan")]
public sealed class Plan
{
    /// <summary>Days ahead in which an unfinished milestone counts as at risk.</summary>
    public const int AtRiskDays = 30;

    [Id(0)] public string Id { get; set; } = "";
    [Id(1)] public string CompoundId { get; set; } = "";
    [Id(2)] public string Title { get; set; } = "";
    [Id(3)] public List<string> Parties { get; set; } = [];
    [Id(4)] public DateOnly PeriodStart { get; set; }
    [Id(5)] public DateOnly PeriodEnd { get; set; }
    [Id(6)] public List<Milestone> Milestones { get; set; } = [];
    [Id(7)] public int Version { get; set; }
    [Id(8)] public bool Synthetic { get; set; }

    /// <summary>The title in Chinese (like a place's NameZh); empty when the plan was written in one language only.</summary>
    [Id(9)] public string TitleZh { get; set; } = "";

    /// <summary>The parties in Chinese, in the order of <see cref="Parties"/>; empty, or one for each party.</summary>
    [Id(10)] public List<string> PartiesZh { get; set; } = [];

    public static Plan Create(string id, PlanDraft draft)
    {
        draft.Validate();
        var plan = new Plan
        {
            Id = Require.Text(id, "plan id", PlaceIds.MaxLength + 50),
            CompoundId = draft.CompoundId,
            Title = draft.Title.Trim(),
            Parties = [.. draft.Parties.Select(p => p.Trim())],
            TitleZh = draft.TitleZh?.Trim() ?? "",
            PartiesZh = [.. (draft.PartiesZh ?? []).Select(p => p.Trim())],
            PeriodStart = draft.PeriodStart,
            PeriodEnd = draft.PeriodEnd,
            Synthetic = draft.Synthetic,
            Version = 1,
        };
        foreach (var milestone in draft.Milestones)
        {
            plan.AddMilestone(milestone);
        }

        plan.Version = 1;
        return plan;
    }

    public Milestone AddMilestone(MilestoneDraft draft)
    {
        draft.Validate();
        if (Milestones.Any(m => m.Id == draft.Id))
        {
            throw DomainRuleException.Conflict($"plan '{Id}' already has a milestone '{draft.Id}'.");
        }

        if (draft.Due < PeriodStart || draft.Due > PeriodEnd)
        {
            throw DomainRuleException.Invalid($"milestone due date {draft.Due:yyyy-MM-dd} lies outside the plan period {PeriodStart:yyyy-MM-dd} to {PeriodEnd:yyyy-MM-dd}.");
        }

        var milestone = new Milestone
        {
            Id = draft.Id,
            Title = draft.Title.Trim(),
            Kind = draft.Kind,
            Due = draft.Due,
            Weight = draft.Weight,
            Owner = draft.Owner.Trim(),
            TitleZh = draft.TitleZh?.Trim() ?? "",
            OwnerZh = draft.OwnerZh?.Trim() ?? "",
        };
        Milestones.Add(milestone);
        Version++;
        return milestone;
    }

    /// <summary>The tick: the milestone is done (see <see cref="MilestoneStep.Finish"/>).</summary>
    public void Tick(string milestoneId, Stamp stamp, IReadOnlyList<EvidenceRef>? evidence = null) =>
        Take(milestoneId, MilestoneStep.Finish, stamp, evidence);

    /// <summary>The untick: the milestone goes one state back (see <see cref="MilestoneStep.StepBack"/>).</summary>
    public void Untick(string milestoneId, Stamp stamp, IReadOnlyList<EvidenceRef>? evidence = null) =>
        Take(milestoneId, MilestoneStep.StepBack, stamp, evidence);

    /// <summary>
    /// Moves a milestone by one step, recording who, when, why and the evidence in its history. A step that cannot be
    /// taken from the milestone's state is refused and changes nothing.
    /// </summary>
    public void Take(string milestoneId, MilestoneStep step, Stamp stamp, IReadOnlyList<EvidenceRef>? evidence = null)
    {
        Require.Defined(step, "step");
        var milestone = Find(milestoneId);
        var after = milestone.State.After(step)
            ?? throw DomainRuleException.Transition(step switch
            {
                MilestoneStep.Finish => $"milestone '{milestoneId}' is already ticked.",
                MilestoneStep.StepBack => $"milestone '{milestoneId}' is not started: there is no step back.",
                _ => $"milestone '{milestoneId}' cannot {step} when {milestone.State}.",
            });

        stamp.Validate(milestone.History.Count == 0 ? null : milestone.History[^1].At);
        var files = evidence ?? [];
        if (files.Count > EvidenceRef.MaxPerStep)
        {
            throw DomainRuleException.Invalid($"a step carries at most {EvidenceRef.MaxPerStep} files.");
        }

        foreach (var file in files)
        {
            file.Validate();
        }

        if (after.CountsDone() != milestone.Done)
        {
            milestone.DoneAt = after.CountsDone() ? stamp.At : null;
        }

        milestone.State = after;
        milestone.History.Add(new MilestoneTick(step, after, stamp.By, stamp.At, stamp.Note, stamp.ByName, [.. files]));
        Version++;
    }

    /// <summary>Done weight over total weight, from 0 to 1; a plan without milestones has made no progress.</summary>
    public double Progress
    {
        get
        {
            var total = Milestones.Sum(m => m.Weight);
            return total == 0 ? 0 : (double)Milestones.Where(m => m.Done).Sum(m => m.Weight) / total;
        }
    }

    /// <summary>Refuses a change made against a version other than the current one (optimistic concurrency).</summary>
    public void ExpectVersion(int? expected)
    {
        if (expected is { } version && version != Version)
        {
            throw DomainRuleException.Stale($"plan '{Id}'", Version, version);
        }
    }

    public Milestone Find(string milestoneId) =>
        Milestones.FirstOrDefault(m => m.Id == milestoneId)
        ?? throw DomainRuleException.NotFound("milestone", $"{Id}/{milestoneId}");
}
