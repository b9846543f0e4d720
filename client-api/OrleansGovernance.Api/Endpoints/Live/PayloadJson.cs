using System.Text.Json.Serialization;

namespace OrleansGovernance.Api.Endpoints.Live;

[JsonSerializable(typeof(FeedTickets.Payload))]
internal sealed partial class PayloadJson : JsonSerializerContext;
