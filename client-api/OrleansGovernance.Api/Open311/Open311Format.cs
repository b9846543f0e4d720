namespace OrleansGovernance.Api.Open311;

/// <summary>The formats a GeoReport client picks by the resource's extension: services.xml, services.json.</summary>
public enum Open311Format
{
    Xml,
    Json,
}

public static class Open311Formats
{
    public const string XmlContentType = "text/xml; charset=utf-8";
    public const string JsonContentType = "application/json; charset=utf-8";

    public static Open311Format? Parse(string? extension) => extension switch
    {
        "xml" => Open311Format.Xml,
        "json" => Open311Format.Json,
        _ => null,
    };

    /// <summary>The format asked for; an unknown one names no resource here.</summary>
    public static Open311Format Require(string? extension) =>
        Parse(extension) ?? throw new Open311Exception(404, $"format '{extension}' is not offered: use .xml or .json.");
}
