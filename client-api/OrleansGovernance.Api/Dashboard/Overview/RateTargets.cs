using Microsoft.Extensions.Configuration;

namespace OrleansGovernance.Api.Dashboard.Overview;

/// <summary>How a rate stands against its target; the tiles say it in words as well as colour.</summary>
public enum Standing
{
    NotCounted,
    Met,
    Near,
    Breached,
}

/// <summary>
/// The 三率 targets the overview judges places against (configuration section <c>Dashboard:Targets</c>), as
/// fractions from 0 to 1. A rate at or above its target is met; within <see cref="NearMargin"/> below it, near.
/// </summary>
public sealed class RateTargets
{
    public const string Section = "Dashboard:Targets";

    public double Response { get; set; } = 0.9;

    public double Settle { get; set; } = 0.9;

    public double Satisfaction { get; set; } = 0.9;

    public double NearMargin { get; set; } = 0.05;

    /// <summary>
    /// The fewest requests behind a rate before a place is listed as needing attention for it: one unhappy rating of
    /// one request is 0%, and a list full of such places hides the ones that matter.
    /// </summary>
    public int MinimumCounted { get; set; } = 5;

    public double For(Measure measure) => measure switch
    {
        Measure.Response => Response,
        Measure.Settle => Settle,
        _ => Satisfaction,
    };

    public Standing Judge(Measure measure, double? rate) =>
        rate is not { } r ? Standing.NotCounted
        : r >= For(measure) ? Standing.Met
        : r >= For(measure) - NearMargin ? Standing.Near
        : Standing.Breached;

    /// <summary>Whether the rate behind these counts is below its target on enough requests to say so.</summary>
    public bool Flags(Measure measure, PeriodFigures figures) =>
        figures.Counts(measure).Whole >= MinimumCounted && Judge(measure, figures.Rate(measure)) == Standing.Breached;

    /// <summary>The configured targets; a value outside 0–1 is refused by name rather than judging every place by it.</summary>
    public static RateTargets From(IConfiguration configuration)
    {
        var targets = configuration.GetSection(Section).Get<RateTargets>() ?? new RateTargets();
        foreach (var (name, value) in new[]
        {
            (nameof(Response), targets.Response), (nameof(Settle), targets.Settle),
            (nameof(Satisfaction), targets.Satisfaction), (nameof(NearMargin), targets.NearMargin),
        })
        {
            if (value is < 0 or > 1 || double.IsNaN(value))
            {
                throw new InvalidOperationException($"{Section}:{name} is {value}; it must be a fraction from 0 to 1 (0.9 for 90%).");
            }
        }

        if (targets.MinimumCounted < 1)
        {
            throw new InvalidOperationException($"{Section}:{nameof(MinimumCounted)} is {targets.MinimumCounted}; it must be 1 or more.");
        }

        return targets;
    }
}
