using System.Globalization;
using OrleansGovernance.Abstractions;
using OrleansGovernance.Api.Places;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Api.Open311;

/// <summary>Where the problem is, in our terms: the compound, the client's own words for the spot, and the point it gave.</summary>
public sealed record ResolvedAddress(string CompoundId, string? Location, GeoPoint? Position);

/// <summary>
/// Turns GeoReport's location parameters into a compound. address_id is a compound id; lat and long pick the nearest
/// compound within <see cref="MaxDistanceMetres"/>; address_string must name one compound (English or Chinese name,
/// any case). When several are sent, the most exact wins: address_id, then lat/long, then address_string.
/// </summary>
public sealed class AddressResolver(CompoundDirectory directory, IGrainFactory grains, Open311Options options)
{
    /// <summary>About a compound's own extent: farther away, a point is not "at" any compound we serve.</summary>
    public const double MaxDistanceMetres = 500;

    public async Task<ResolvedAddress> Resolve(RequestForm form)
    {
        var (lat, lng) = (form.Value("lat"), form.Value("long"));
        var addressString = form.Value("address_string");
        var addressId = form.Value("address_id");
        if ((lat is null) != (lng is null))
        {
            throw new Open311Exception(400, "lat and long are sent together, or not at all.");
        }

        if (lat is null && addressString is null && addressId is null)
        {
            throw new Open311Exception(400, "a location is required: lat and long, address_string or address_id.");
        }

        var compounds = await directory.Under(options.JurisdictionRegionId);
        var point = lat is null ? null : Point(lat, lng!);
        var compoundId = addressId is not null ? await ById(addressId, compounds)
            : point is not null ? Nearest(point, compounds)
            : ByName(addressString!, compounds);
        return new ResolvedAddress(compoundId, addressString, point);
    }

    private async Task<string> ById(string addressId, CompoundIndex compounds)
    {
        if (compounds.Find(addressId) is { } known)
        {
            return known.Id;
        }

        // Defined since the directory was last listed? Ask the compound itself before refusing.
        if (PlaceIds.IsValid(addressId) && options.Covers(addressId))
        {
            try
            {
                return (await grains.GetGrain<ICompoundGrain>(addressId).GetProfile()).Id;
            }
            catch (DomainRuleException missing) when (missing.Violation == RuleViolation.NotFound)
            {
            }
        }

        throw new Open311Exception(400, $"address_id '{addressId}' is not a compound we serve.");
    }

    private static GeoPoint Point(string lat, string lng)
    {
        var point = double.TryParse(lat, NumberStyles.Float, CultureInfo.InvariantCulture, out var latitude)
            && double.TryParse(lng, NumberStyles.Float, CultureInfo.InvariantCulture, out var longitude)
            && double.IsFinite(latitude) && double.IsFinite(longitude)
                ? new GeoPoint(latitude, longitude)
                : throw new Open311Exception(400, $"lat '{lat}' and long '{lng}' must be decimal degrees (WGS84).");
        return point.Lat is >= -90 and <= 90 && point.Lng is >= -180 and <= 180
            ? point
            : throw new Open311Exception(400, $"lat '{lat}' must lie in [-90, 90] and long '{lng}' in [-180, 180].");
    }

    private static string Nearest(GeoPoint point, CompoundIndex compounds) =>
        compounds.Nearest(point, MaxDistanceMetres)?.Id
        ?? throw new Open311Exception(400, string.Create(CultureInfo.InvariantCulture, $"no compound we serve lies within {MaxDistanceMetres} m of {point.Lat},{point.Lng}."));

    private static string ByName(string addressString, CompoundIndex compounds) => compounds.NamedIn(addressString) switch
    {
        [var only] => only.Id,
        [] => throw new Open311Exception(400, $"address_string '{addressString}' names no compound we serve; send lat and long or address_id."),
        var several => throw new Open311Exception(400, $"address_string '{addressString}' could be any of {string.Join(", ", several.Select(c => c.Name))}; send address_id."),
    };
}
