using System.Globalization;
using System.Text.Json;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Api.Imports;

/// <summary>
/// The places layout (docs/import.md): one row per place or compound part, its kind in a column (CSV) or a property
/// (GeoJSON, where a compound's Point geometry is its location and its Polygon its boundary), the parent taken from the id (a place's parent is its
/// id without the last segment). Committee members come one per row and gather into their compound's committee.
/// </summary>
public static class PlaceRows
{
    public static readonly ImportColumn Kind = new("kind", true, "类型");
    public static readonly ImportColumn Id = new("id", true, "编号", "标识");
    public static readonly ImportColumn Name = new("name", false, "英文名称");
    public static readonly ImportColumn NameZh = new("name_zh", false, "名称", "中文名称");
    public static readonly ImportColumn Level = new("level", false, "层级", "级别");
    public static readonly ImportColumn Households = new("households", false, "户数");
    public static readonly ImportColumn Lat = new("lat", false, "纬度", "latitude");
    public static readonly ImportColumn Lng = new("lng", false, "经度", "longitude", "lon");
    public static readonly ImportColumn Boundary = new("boundary", false, "边界", "wkt");
    public static readonly ImportColumn Secretary = new("secretary", false, "书记");
    public static readonly ImportColumn SecretarySourceColumn = new("secretary_source", false, "书记来源");
    public static readonly ImportColumn Deputy = new("deputy_secretary", false, "副书记");
    public static readonly ImportColumn DeputyFromProperty = new("deputy_from_property", false, "副书记来自物业");
    public static readonly ImportColumn PartyMembers = new("party_members", false, "党员数");
    public static readonly ImportColumn MemberName = new("member_name", false, "成员", "成员姓名");
    public static readonly ImportColumn MemberRole = new("member_role", false, "职务");
    public static readonly ImportColumn PartyMember = new("party_member", false, "党员");
    public static readonly ImportColumn Formed = new("formed", false, "成立日期");
    public static readonly ImportColumn CompanyId = new("company_id", false, "物业公司编号");
    public static readonly ImportColumn CompanyName = new("company_name", false, "物业公司");
    public static readonly ImportColumn Manager = new("manager", false, "物业经理");
    public static readonly ImportColumn InstructorId = new("instructor_id", false, "指导员编号");
    public static readonly ImportColumn RedProperty = new("red_property", false, "红色物业");

    public static IReadOnlyList<ImportColumn> Layout { get; } =
    [
        Kind, Id, Name, NameZh, Level, Households, Lat, Lng, Boundary, Secretary, SecretarySourceColumn, Deputy, DeputyFromProperty, PartyMembers,
        MemberName, MemberRole, PartyMember, Formed, CompanyId, CompanyName, Manager, InstructorId, RedProperty,
    ];

    /// <summary>A GeoJSON file is one whose first character opens a JSON object; anything else is read as CSV.</summary>
    public static IReadOnlyList<(int Line, Func<ImportColumn, string?> Value, PlaceGeometry? Geometry)> Entries(ImportText text)
    {
        using var reader = text.Open();
        var content = reader.ReadToEnd();
        return content.TrimStart().StartsWith('{') ? GeoJson(content) : Csv(content);
    }

    /// <summary>Reads one entry as a place row; the committee members come back as one-member committees, gathered by the caller.</summary>
    public static PlaceRow Read(int line, Func<ImportColumn, string?> value, PlaceGeometry? geometry)
    {
        var id = value(Id) ?? throw new RowRefusedException($"{Id.Shown} is empty.");
        if (!PlaceIds.IsValid(id))
        {
            throw new RowRefusedException($"'{id}' is not a place id (dotted lower-case segments of a-z, 0-9 and '-').");
        }

        var parent = PlaceIds.ParentOf(id);
        var nameZh = value(NameZh);
        var name = value(Name) ?? nameZh;
        PlaceRow row = Kinded(value(Kind)) switch
        {
            "region" => new RegionRow(line, new RegionProfile { Id = id, Name = name ?? "", NameZh = nameZh ?? "", Level = ImportWords.Level(value(Level)), ParentId = parent }),
            "community" => new CommunityRow(line, new CommunityProfile { Id = id, Name = name ?? "", NameZh = nameZh ?? "", RegionId = parent ?? "" }),
            "compound" => Compound(line, id, name, nameZh, parent, value, geometry),
            "branch" => new BranchRow(line, new BranchProfile
            {
                CompoundId = id,
                Secretary = new Secretary(value(Secretary) ?? "", Source(value(SecretarySourceColumn))),
                DeputySecretary = value(Deputy) is { } deputy ? new DeputySecretary(deputy, ImportWords.Yes(value(DeputyFromProperty))) : null,
                PartyMembers = ImportWords.Number(value(PartyMembers), PartyMembers.Shown, 0, 100_000),
            }),
            "committee" => new CommitteeRow(line, id, new OwnersCommittee(
                [new CommitteeMember(value(MemberName) ?? "", ImportWords.Yes(value(PartyMember)), Role(value(MemberRole)))],
                value(Formed) is { } formed ? DateOnly.FromDateTime(ImportWords.Time(formed, Formed.Shown).DateTime) : null)),
            "property-service" => new PropertyServiceRow(line, id, new PropertyService(
                value(CompanyId) ?? "", value(CompanyName) ?? "", value(Manager), value(InstructorId), ImportWords.Yes(value(RedProperty)))),
            _ => throw new RowRefusedException($"{Kind.Shown} must be region, community, compound, branch, committee or property-service (区域, 社区, 小区, 支部, 业委会, 物业)."),
        };
        return row is not CompoundRow && (geometry?.Boundary is not null || value(Boundary) is not null)
            ? throw new RowRefusedException("only a compound keeps a boundary: leave the polygon out of other places.")
            : row;
    }

    /// <summary>A compound given only by its outline is placed at the outline's centre of area.</summary>
    private static CompoundRow Compound(int line, string id, string? name, string? nameZh, string? parent, Func<ImportColumn, string?> value, PlaceGeometry? geometry)
    {
        var boundary = (geometry?.Boundary, value(Boundary)) switch
        {
            ({ } polygon, null) => polygon,
            (null, { } wkt) => WktPolygon.Read(wkt, Boundary.Shown),
            (null, null) => null,
            _ => throw new RowRefusedException($"the boundary is given twice: as the Polygon geometry and as {Boundary.Shown}."),
        };
        return new CompoundRow(line, new CompoundProfile
        {
            Id = id,
            Name = name ?? "",
            NameZh = nameZh ?? "",
            CommunityId = parent ?? "",
            Households = ImportWords.Number(value(Households), Households.Shown, 0, 1_000_000),
            Location = geometry?.Point ?? Location(value) ?? boundary?.Centroid(),
            Boundary = boundary,
        });
    }

    private static string? Kinded(string? kind) => kind?.ToLowerInvariant() switch
    {
        "region" or "区域" or "行政区" => "region",
        "community" or "社区" => "community",
        "compound" or "小区" => "compound",
        "branch" or "支部" or "党支部" => "branch",
        "committee" or "committee-member" or "业委会" or "业委会成员" => "committee",
        "property-service" or "property" or "物业" or "物业服务" => "property-service",
        _ => null,
    };

    private static GeoPoint? Location(Func<ImportColumn, string?> value) => (value(Lat), value(Lng)) switch
    {
        (null, null) => null,
        ({ } lat, { } lng) => new GeoPoint(ImportWords.Coordinate(lat, Lat.Shown, 90), ImportWords.Coordinate(lng, Lng.Shown, 180)),
        _ => throw new RowRefusedException($"a location needs both {Lat.Shown} and {Lng.Shown}."),
    };

    private static SecretarySource Source(string? text) => text switch
    {
        null or "社区干部" => SecretarySource.CommunityCadre,
        "在职" or "在职党员" => SecretarySource.InService,
        "退休" or "退休党员" => SecretarySource.Retired,
        "网格员" => SecretarySource.GridWorker,
        _ when Enum.TryParse<SecretarySource>(text.Replace("-", "", StringComparison.Ordinal), true, out var source) && Enum.IsDefined(source) => source,
        _ => throw new RowRefusedException($"{SecretarySourceColumn.Shown} '{text}' is none of in-service, retired, community-cadre, grid-worker (在职, 退休, 社区干部, 网格员)."),
    };

    private static CommitteeRole Role(string? text) => text switch
    {
        null or "委员" or "member" => CommitteeRole.Member,
        "主任" or "chair" => CommitteeRole.Chair,
        "副主任" or "vice-chair" or "viceChair" => CommitteeRole.ViceChair,
        _ => throw new RowRefusedException($"{MemberRole.Shown} '{text}' is none of chair, vice-chair, member (主任, 副主任, 委员)."),
    };

    private static List<(int, Func<ImportColumn, string?>, PlaceGeometry?)> Csv(string content)
    {
        var entries = new List<(int, Func<ImportColumn, string?>, PlaceGeometry?)>();
        ImportColumns? columns = null;
        foreach (var record in CsvRecords.Read(new StringReader(content)))
        {
            if (columns is null)
            {
                columns = ImportColumns.Of(record, Layout);
                continue;
            }

            var row = record;
            entries.Add((record.Line, column => columns.Value(row, column), null));
        }

        return columns is null ? throw new ImportRefusedException(1, "the file is empty: it needs a header line and rows.") : entries;
    }

    /// <summary>A FeatureCollection: each feature's properties by the CSV layout's keys (English or Chinese), its geometry the location or boundary.</summary>
    private static List<(int, Func<ImportColumn, string?>, PlaceGeometry?)> GeoJson(string content)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(content);
        }
        catch (JsonException e)
        {
            throw new ImportRefusedException((int)(e.LineNumber ?? 0) + 1, $"the file is not JSON: {e.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (!root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() != "FeatureCollection"
                || !root.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
            {
                throw new ImportRefusedException(1, "a GeoJSON places file is a FeatureCollection with a features array.");
            }

            var entries = new List<(int, Func<ImportColumn, string?>, PlaceGeometry?)>();
            var number = 0;
            foreach (var feature in features.EnumerateArray())
            {
                number++;
                var properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                if (feature.ValueKind == JsonValueKind.Object && feature.TryGetProperty("properties", out var bag) && bag.ValueKind == JsonValueKind.Object)
                {
                    foreach (var property in bag.EnumerateObject())
                    {
                        if (Text(property.Value) is { Length: > 0 } text)
                        {
                            properties[property.Name.Trim()] = text;
                        }
                    }
                }

                PlaceGeometry? geometry = null;
                string? geometryProblem = null;
                try
                {
                    geometry = PlaceGeometry.Of(feature);
                }
                catch (Exception refused) when (refused is RowRefusedException or DomainRuleException)
                {
                    geometryProblem = refused.Message;
                }

                entries.Add((number, column => geometryProblem is not null && column == Kind
                    ? throw new RowRefusedException(geometryProblem)
                    : Property(properties, column), geometry));
            }

            return entries;
        }
    }

    private static string? Property(Dictionary<string, string> properties, ImportColumn column)
    {
        foreach (var name in column.Headers.Prepend(column.Key).Prepend(Camel(column.Key)))
        {
            if (properties.TryGetValue(name, out var value))
            {
                return value.Trim();
            }
        }

        return null;
    }

    private static string Camel(string key)
    {
        var parts = key.Split('_');
        return parts[0] + string.Concat(parts.Skip(1).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    };
}
