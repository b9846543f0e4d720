using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using OrleansGovernance.Api.Contracts;
using OrleansGovernance.Domain.Community;
using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Api;

/// <summary>Documents recording a meeting with a worked example: a council's quarterly meeting with a matter of each class.</summary>
internal static class MeetingOpenApi
{
    public const string Description =
        "Records a joint meeting (联席会议) or a council meeting (议事会议). A joint meeting's matters carry no class, as before. " +
        "A council meeting names its form (quarterly, specialTopic, forum) and each matter its class under the council's rule " +
        "大事共议、要事共决、急事共商: big (tookPart: the seats that discussed it), important (votes: each seat's for, against or " +
        "abstain; carried by a majority for) or urgent (tookPart: the seats consulted, raisedAt and consultedAt within the set " +
        "time, 48 h unless configured). Every class needs the community-wide seats and every seat of each compound in concerns " +
        "(of every compound when concerns is empty). A matter without the seats its class needs is refused with 400 naming them, " +
        "and nothing is recorded.";

    private const string Lianting = "xiamen.jimei.xinglin.lianting";
    private const string Yueyuan = Lianting + ".lianhua-xincheng-yueyuan";

    public static Task Transform(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.RelativePath?.EndsWith("communities/{id}/meetings", StringComparison.Ordinal) == true
            && context.Description.HttpMethod == "POST"
            && operation.RequestBody?.Content?.TryGetValue("application/json", out var json) == true)
        {
            operation.Description = Description;
            json.Example = Example();
        }

        return Task.CompletedTask;
    }

    private static JsonNode Example()
    {
        CouncilSeatRequest[] yueyuan =
        [
            new(CouncilParty.CommunityPartyCommittee), new(CouncilParty.EnvironmentAndPropertyCommitteeHead),
            new(CouncilParty.CompoundBranchSecretary, Yueyuan), new(CouncilParty.OwnersCommitteeChair, Yueyuan),
            new(CouncilParty.PropertyManager, Yueyuan),
        ];
        var request = new RecordMeetingRequest(new MeetingRequest(
            MeetingKind.CouncilMeeting,
            "Red Union Council, third quarter",
            ["Lianting community party committee", "Lianhua Xincheng Yueyuan branch, owners' committee and property"],
            [new AgendaItemRequest("A west gate to the bus stop")],
            [
                new AgreedMatterRequest("Open a west gate", "Agreed with the municipal landscaping centre", [], MatterClass.Big, [Yueyuan], TookPart: yueyuan),
                new AgreedMatterRequest("Repaint the facades", "Paid from the maintenance fund", [], MatterClass.Important, [Yueyuan],
                    Votes: [.. yueyuan.Select((seat, i) => new PartyVoteRequest(seat, i == 4 ? Vote.Abstain : Vote.For))]),
                new AgreedMatterRequest("Burst water main", "Water by tanker until repaired", [], MatterClass.Urgent, [Yueyuan], TookPart: yueyuan,
                    RaisedAt: new DateTimeOffset(2026, 8, 3, 7, 30, 0, TimeSpan.FromHours(8)), ConsultedAt: new DateTimeOffset(2026, 8, 3, 15, 0, 0, TimeSpan.FromHours(8))),
            ],
            Form: CouncilMeetingForm.Quarterly),
            "Minutes kept in the council hall");
        var options = new JsonSerializerOptions();
        GovernanceApi.Configure(options);
        return JsonSerializer.SerializeToNode(request, options)!;
    }
}
