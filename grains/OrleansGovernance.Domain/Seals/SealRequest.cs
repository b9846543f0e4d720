namespace OrleansGovernance.Domain.Seals;

public enum SealRequestStatus
{
    Pending,  // 待审
    Approved, // 已批准
    Refused,  // 已拒绝
    Used,     // 已用印
}

public enum SealAction
{
    Requested,
    Approved,
    Refused,
    Used,
}

/// <summary>The owners' committee asks to use the assembly seal (业主大会印章) on a stated document for a stated purpose.</summary>
[GenerateSerializer, Immutable, Alias("governance.seal-request-draft")]
public sealed record SealRequestDraft(
    [property: Id(0)] string Document,
    [property: Id(1)] string Purpose)
{
    public void Validate()
    {
        Require.Text(Document, "document", 300);
        Require.Text(Purpose, "purpose", Stamp.MaxNoteLength);
    }
}

[GenerateSerializer, Alias("governance.seal-request")]
public sealed class SealRequest
{
    [Id(0)] public int Number { get; set; }
    [Id(1)] public string Document { get; set; } = "";
    [Id(2)] public string Purpose { get; set; } = "";
    [Id(3)] public SealRequestStatus Status { get; set; }

    /// <summary>Every step, in order: who asked, who decided, who applied the seal, when and why.</summary>
    [Id(4)] public List<SealEvent> Log { get; set; } = [];
}

[GenerateSerializer, Immutable, Alias("governance.seal-event")]
public sealed record SealEvent(
    [property: Id(0)] SealAction Action,
    [property: Id(1)] string By,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] string? Note);
