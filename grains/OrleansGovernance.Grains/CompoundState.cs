using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Grains;

/// <summary>
/// What a compound persists: its profile. The facts of its tickets and plans are not persisted here; they are
/// rebuilt from the tickets' and plans' own durable state (see <see cref="ICompoundFactsSource"/>).
/// </summary>
[GenerateSerializer, Alias("governance.compound-state")]
public sealed class CompoundState
{
    [Id(0)] public CompoundProfile Profile { get; set; } = new();
}
