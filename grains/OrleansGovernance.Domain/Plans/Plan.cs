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

    public static Plan Create(string id, PlanDraft draft)
    {
        draft.Validate();
        var plan = new Plan
        {
            Id = Require.Text(id, "plan id", PlaceIds.MaxLength + 50),
            CompoundId = draft.CompoundId,
            Title = draft.Title.Trim(),
            Parties = [.. draft.Parties.Select(p => p.Trim())],
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
        };
        Milestones.Add(milestone);
        Version++;
        return milestone;
    }

    public void Tick(string milestoneId, Stamp stamp) => SetDone(milestoneId, true, stamp);

    public void Untick(string milestoneId, Stamp stamp) => SetDone(milestoneId, false, stamp);

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

    private void SetDone(string milestoneId, bool done, Stamp stamp)
    {
        var milestone = Find(milestoneId);
        if (milestone.Done == done)
        {
            throw DomainRuleException.Transition(
                $"milestone '{milestoneId}' is already {(done ? "ticked" : "not ticked")}.");
        }

        stamp.Validate(milestone.History.Count == 0 ? null : milestone.History[^1].At);
        milestone.Done = done;
        milestone.DoneAt = done ? stamp.At : null;
        milestone.History.Add(new MilestoneTick(done, stamp.By, stamp.At, stamp.Note));
        Version++;
    }
}
