using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Api.Open311;

/// <summary>
/// One service per ticket category. Extra questions are asked only where the answer decides who acts and how fast:
/// objects thrown from height and e-bikes in lifts are found by building (and lift), and whether anyone was hurt
/// makes a thrown object a police matter; elderly care is routed by the kind of help needed. Building and lift go
/// into the ticket's location, the other answers into its description, so staff read them where they always look.
/// </summary>
public static class ServiceCatalogue
{
    /// <summary>Changes whenever a service or a definition changes, telling clients to refresh what they cached.</summary>
    public const string Changeset = "2026-11-26T00:00:00+08:00";

    private static readonly ServiceAttribute Building = new(
        "building", "Building", ServiceAttribute.Text, Required: true,
        "Which building is it at? A number or name as residents say it, e.g. Building 5.", AttributeTarget.Location, []);

    public static IReadOnlyList<Open311Service> Services { get; } =
    [
        new(TicketCategory.ObjectsThrownFromHeight, "Objects thrown from height (高空抛物)",
            "Something was thrown or fell from a building.", "thrown objects, falling objects, balcony, window, 高空抛物, 坠物", "safety",
            [
                Building,
                new("harm", "Harm", ServiceAttribute.SingleValueList, Required: true, "Was anyone or anything hit?", AttributeTarget.Description,
                    [new("none", "nobody and nothing was hit"), new("damage", "property was damaged"), new("injury", "someone was hurt")]),
            ]),
        new(TicketCategory.EbikeInLift, "E-bike taken into a lift (电动车进电梯)",
            "An electric bike or its battery was taken into a lift, a fire risk.", "e-bike, electric bike, battery, lift, elevator, fire, 电动车, 电梯", "safety",
            [
                Building,
                new("lift", "Lift", ServiceAttribute.Text, Required: false, "Which lift, if the building has more than one?", AttributeTarget.Location, []),
            ]),
        new(TicketCategory.RoadAndPaving, "Roads and paving",
            "Potholes, broken paving or kerbs inside the compound.", "pothole, pavement, paving, road, kerb, 路面", "street", []),
        new(TicketCategory.AccessAndGates, "Access and gates",
            "Gates, barriers, door entry or access cards that do not work.", "gate, barrier, door, access card, entry, 门禁", "street", []),
        new(TicketCategory.ElderlyCare, "Care for older residents",
            "An older resident needs help at home.", "elderly, older people, meals, visit, care, 养老, 助老", "care",
            [
                new("need", "Need", ServiceAttribute.SingleValueList, Required: true, "What help is needed?", AttributeTarget.Description,
                    [new("meals", "meals"), new("visit", "a visit or company"), new("medical", "medical help"), new("repairs", "home repairs"), new("other", "other help")]),
                new("lives_alone", "Lives alone", ServiceAttribute.SingleValueList, Required: false, "Does the resident live alone?", AttributeTarget.Description,
                    [new("yes", "yes"), new("no", "no")]),
            ]),
        new(TicketCategory.Noise, "Noise",
            "Noise from building work, neighbours, shops or traffic.", "noise, drilling, music, construction, 噪音", "environment", []),
        new(TicketCategory.Sanitation, "Sanitation and rubbish",
            "Rubbish, bins, litter or cleaning in shared spaces.", "rubbish, garbage, waste, bins, litter, 垃圾, 环境卫生", "environment", []),
        new(TicketCategory.Other, "Other requests",
            "Anything else the compound or community should know or do.", "other, suggestion, 其他, 建议", "other", []),
    ];

    public static Open311Service? Find(string? code) => Services.FirstOrDefault(s => s.Code == code);

    public static Open311Service Of(TicketCategory category) => Services.First(s => s.Category == category);
}
