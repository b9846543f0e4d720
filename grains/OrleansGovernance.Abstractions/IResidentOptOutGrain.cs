namespace OrleansGovernance.Abstractions;

/// <summary>Whether one address wants no more notices (退订), keyed by its contact key (never the address itself).</summary>
[Alias("governance.IResidentOptOutGrain")]
public interface IResidentOptOutGrain : IGrainWithStringKey
{
    [Alias("IsOptedOut")]
    Task<bool> IsOptedOut();

    [Alias("Set")]
    Task Set(bool optedOut, string by, DateTimeOffset at);
}
