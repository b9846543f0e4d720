namespace OrleansGovernance.Api.Places;

/// <summary>Configuration section "Places".</summary>
public sealed class PlaceOptions
{
    public const string Section = "Places";

    /// <summary>
    /// The top places this API serves (a city standing alone, or a nation), the first of them the dashboard's landing
    /// page and Open311's default jurisdiction. Every other place is found below one of them.
    /// </summary>
    public List<string> Roots { get; set; } = [];
}
