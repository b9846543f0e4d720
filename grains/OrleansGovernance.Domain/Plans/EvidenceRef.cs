namespace OrleansGovernance.Domain.Plans;

/// <summary>
/// A photo or document kept in the evidence store, as a milestone's step names it: enough to show a thumbnail or a
/// link without reading the file.
/// </summary>
[GenerateSerializer, Immutable, Alias("governance.evidence-ref")]
public sealed record EvidenceRef(
    [property: Id(0)] string Id,
    [property: Id(1)] string FileName,
    [property: Id(2)] string ContentType,
    [property: Id(3)] long Size)
{
    /// <summary>Files one step may carry.</summary>
    public const int MaxPerStep = 10;

    public bool IsImage => ContentType.StartsWith("image/", StringComparison.Ordinal);

    public void Validate()
    {
        Require.Text(Id, "evidence id", 64);
        Require.Text(FileName, "evidence file name", EvidenceKinds.MaxFileNameLength);
        if (!EvidenceKinds.Accepted.Contains(ContentType))
        {
            throw DomainRuleException.Invalid($"evidence of type '{ContentType}' is not accepted.");
        }

        if (Size < 1)
        {
            throw DomainRuleException.Invalid("evidence cannot be an empty file.");
        }
    }
}
