namespace OrleansGovernance.Api.Open311;

/// <summary>Discovery, the service list and service definitions, shaped as the spec's examples.</summary>
public static class ServiceDocuments
{
    public const string Specification = "http://wiki.open311.org/GeoReport_v2";

    public static Open311Node Discovery(string endpointUrl, Open311Options options) => new Open311Record("discovery",
    [
        new Open311Field("changeset", ServiceCatalogue.Changeset),
        new Open311Field("contact", options.Contact),
        new Open311Field("key_service", options.KeyService),
        new Open311List("endpoints",
        [
            new Open311Record("endpoint",
            [
                new Open311Field("specification", Specification),
                new Open311Field("url", endpointUrl),
                new Open311Field("changeset", ServiceCatalogue.Changeset),
                new Open311Field("type", options.EndpointType),
                new Open311List("formats", [new Open311Field("format", "text/xml"), new Open311Field("format", "application/json")]),
            ]),
        ]),
    ]);

    public static Open311Node List() => new Open311List("services", [.. ServiceCatalogue.Services.Select(s => new Open311Record("service",
    [
        new Open311Field("service_code", s.Code),
        new Open311Field("service_name", s.Name),
        new Open311Field("description", s.Description),
        new Open311Field("metadata", s.Metadata),

        // Every request is filed as it arrives and its id answered at once: no batch tokens to wait for.
        new Open311Field("type", "realtime"),
        new Open311Field("keywords", s.Keywords),
        new Open311Field("group", s.Group),
    ]))]);

    public static Open311Node Definition(Open311Service service) => new Open311Record("service_definition",
    [
        new Open311Field("service_code", service.Code),
        new Open311List("attributes", [.. service.Attributes.Select((a, i) => new Open311Record("attribute",
        [
            new Open311Field("variable", true),
            new Open311Field("code", a.Code),
            new Open311Field("datatype", a.Datatype),
            new Open311Field("required", a.Required),
            new Open311Field("datatype_description", a.Datatype == ServiceAttribute.Text ? $"Up to {ServiceAttribute.MaxAnswerLength} characters." : null),
            new Open311Field("order", i + 1),
            new Open311Field("description", a.Description),
            new Open311List("values", [.. a.Values.Select(v => new Open311Record("value", [new Open311Field("key", v.Key), new Open311Field("name", v.Name)]))]),
        ]))]),
    ]);
}
