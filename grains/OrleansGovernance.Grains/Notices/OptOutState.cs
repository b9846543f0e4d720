namespace OrleansGovernance.Grains.Notices;

/// <summary>One address's opt-out: whether it holds, who set it (a resident's link, or an administrator) and when.</summary>
[GenerateSerializer, Alias("governance.opt-out-state")]
public sealed class OptOutState
{
    [Id(0)] public bool OptedOut { get; set; }

    [Id(1)] public string By { get; set; } = "";

    [Id(2)] public DateTimeOffset At { get; set; }
}
