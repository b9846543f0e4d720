using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Api.Contracts;

/// <summary>What an Open311 client sent beside the description, as the API shows it.</summary>
public sealed record ServiceRequestDetailsView(string? MediaUrl, string? Zipcode, GeoPointView? Position, string? Answers)
{
    public static ServiceRequestDetailsView Of(ServiceRequestDetails source) =>
        new(source.MediaUrl, source.Zipcode, source.Position is null ? null : GeoPointView.Of(source.Position), source.Answers);
}
