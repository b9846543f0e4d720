using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Domain.Tickets;

/// <summary>
/// What an Open311 client sent beside its description, kept and returned as sent: a photo's URL, the postcode, the
/// point it gave (not the compound's centre), and its answers to the service's questions.
/// </summary>
[GenerateSerializer, Immutable, Alias("governance.service-request-details")]
public sealed record ServiceRequestDetails(
    [property: Id(0)] string? MediaUrl = null,
    [property: Id(1)] string? Zipcode = null,
    [property: Id(2)] GeoPoint? Position = null,
    [property: Id(3)] string? Answers = null)
{
    public const int MaxMediaUrlLength = 1000;
    public const int MaxZipcodeLength = 20;

    public void Validate()
    {
        Require.OptionalText(MediaUrl, "media_url", MaxMediaUrlLength);
        Require.OptionalText(Zipcode, "zipcode", MaxZipcodeLength);
        Require.OptionalText(Answers, "attribute answers", TicketSubmission.MaxDescriptionLength);
        Position?.Validate();
    }
}
