namespace OrleansGovernance.Domain.Seals;

/// <summary>
/// The assembly seal's register of a dual-seal compound (双章制度): the community keeps the seal, so the owners'
/// committee cannot use it alone. Each use needs a request the community approved, and each request is used once.
/// </summary>
[GenerateSerializer, Alias("governance.seal-register")]
public sealed class SealRegister
{
    [Id(0)] public string CompoundId { get; set; } = "";
    [Id(1)] public List<SealRequest> Requests { get; set; } = [];
    [Id(2)] public int Version { get; set; }
    [Id(3)] public bool Synthetic { get; set; }

    public static SealRegister Open(string compoundId) => new() { CompoundId = Require.PlaceId(compoundId, "compoundId") };

    public SealRequest Request(SealRequestDraft draft, Stamp stamp)
    {
        draft.Validate();
        stamp.Validate();
        var request = new SealRequest
        {
            Number = Requests.Count + 1,
            Document = draft.Document.Trim(),
            Purpose = draft.Purpose.Trim(),
            Status = SealRequestStatus.Pending,
            Log = [new SealEvent(SealAction.Requested, stamp.By, stamp.At, stamp.Note)],
        };
        Requests.Add(request);
        Version++;
        return request;
    }

    public SealRequest Approve(int number, Stamp stamp) =>
        Step(number, SealRequestStatus.Pending, SealRequestStatus.Approved, SealAction.Approved, stamp);

    public SealRequest Refuse(int number, Stamp stamp)
    {
        Require.Text(stamp.Note, "a refusal's reason (note)", Stamp.MaxNoteLength);
        return Step(number, SealRequestStatus.Pending, SealRequestStatus.Refused, SealAction.Refused, stamp);
    }

    /// <summary>Records that the seal was applied: only on an approved request, and only once.</summary>
    public SealRequest Use(int number, Stamp stamp) =>
        Step(number, SealRequestStatus.Approved, SealRequestStatus.Used, SealAction.Used, stamp);

    public SealRequest Find(int number) =>
        number >= 1 && number <= Requests.Count
            ? Requests[number - 1]
            : throw DomainRuleException.NotFound("seal request", $"{CompoundId}/{number}");

    public SealFacts Facts => new(
        CompoundId,
        Version,
        Requests.Count,
        Requests.Count(r => r.Status == SealRequestStatus.Pending),
        Requests.Count(r => r.Status == SealRequestStatus.Refused),
        Requests.Count(r => r.Status == SealRequestStatus.Used));

    private SealRequest Step(int number, SealRequestStatus from, SealRequestStatus to, SealAction action, Stamp stamp)
    {
        stamp.Validate();
        var request = Find(number);
        if (request.Status != from)
        {
            throw DomainRuleException.Transition(action == SealAction.Used
                ? $"seal request {number} is {Name(request.Status)}: the seal is used only on an approved request, once."
                : $"seal request {number} is {Name(request.Status)}, not pending.");
        }

        request.Status = to;
        request.Log.Add(new SealEvent(action, stamp.By, stamp.At, stamp.Note));
        Version++;
        return request;
    }

    private static string Name(SealRequestStatus status) => status.ToString().ToLowerInvariant();
}
