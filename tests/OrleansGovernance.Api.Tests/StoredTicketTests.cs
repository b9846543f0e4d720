using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Tickets;
using OrleansGovernance.Silo.Storage;

namespace OrleansGovernance.Api.Tests;

/// <summary>Tickets stored before notes had a visibility, or before Open311 details were kept, read back as they were.</summary>
public sealed class StoredTicketTests
{
    private const string StoredBeforeVisibility = """
        {"id":"t-20250301080000000-abcdef","compoundId":"xiamen.jimei.xinglin.fangzhi.hualing-garden","category":"noise",
         "channel":"hotline","description":"Drums","location":null,"reporter":null,"status":"acknowledged",
         "submittedAt":"2025-03-01T08:00:00+00:00","responseDue":"2025-03-01T08:05:00+00:00","settleDue":"2025-03-08T08:00:00+00:00",
         "respondedAt":"2025-03-01T08:03:00+00:00","claimedAt":null,"claimedBy":null,"claimantName":null,"escalatedAt":null,
         "settledAt":null,"rating":null,"duplicateOf":null,"reopened":0,
         "history":[
           {"action":"submit","from":"submitted","to":"submitted","by":"resident-chen","at":"2025-03-01T08:00:00+00:00","note":null},
           {"action":"acknowledge","from":"submitted","to":"acknowledged","by":"grid-worker-wu","at":"2025-03-01T08:03:00+00:00","note":"called her on 13800001234"}]}
        """;

    [Fact]
    public void A_note_stored_without_a_visibility_reads_back_as_internal_and_the_ticket_has_no_details()
    {
        var ticket = new JsonGrainStateSerializer().Deserialize<Ticket>(BinaryData.FromString(StoredBeforeVisibility))!;

        Assert.Equal([NoteVisibility.Internal, NoteVisibility.Internal], ticket.History.Select(h => h.Visibility));
        Assert.Equal("called her on 13800001234", ticket.History[1].Note);
        Assert.Null(ticket.Details);
    }

    [Fact]
    public void A_public_note_and_open311_details_survive_a_round_trip()
    {
        var serializer = new JsonGrainStateSerializer();
        var ticket = serializer.Deserialize<Ticket>(BinaryData.FromString(StoredBeforeVisibility))!;
        ticket.Details = new ServiceRequestDetails("https://photos.example.cn/a.jpg", "361021", new Domain.Organisation.GeoPoint(24.5902, 118.0432), "Harm: none");
        ticket.History[1] = ticket.History[1] with { Visibility = NoteVisibility.Public };

        var read = serializer.Deserialize<Ticket>(serializer.Serialize(ticket))!;

        Assert.Equal(NoteVisibility.Public, read.History[1].Visibility);
        Assert.Equal(ticket.Details, read.Details);
    }
}
