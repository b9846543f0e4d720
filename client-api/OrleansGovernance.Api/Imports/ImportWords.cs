using System.Globalization;
using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Organisation;
using OrleansGovernance.Domain.Tickets;

namespace OrleansGovernance.Api.Imports;

/// <summary>
/// The words exports use for the platform's categories, channels, ratings, parties, levels and times: the API's
/// camelCase names, or Chinese. A category is recognised by a word it contains (噪音扰民 is noise), in the order listed,
/// since a hotline's categories are finer than the platform's.
/// </summary>
public static class ImportWords
{
    private static readonly (string Word, TicketCategory Category)[] Categories =
    [
        ("高空抛物", TicketCategory.ObjectsThrownFromHeight), ("高空坠物", TicketCategory.ObjectsThrownFromHeight),
        ("电动车", TicketCategory.EbikeInLift), ("电瓶车", TicketCategory.EbikeInLift),
        ("道路", TicketCategory.RoadAndPaving), ("路面", TicketCategory.RoadAndPaving), ("井盖", TicketCategory.RoadAndPaving),
        ("门禁", TicketCategory.AccessAndGates), ("出入口", TicketCategory.AccessAndGates), ("大门", TicketCategory.AccessAndGates),
        ("养老", TicketCategory.ElderlyCare), ("老人", TicketCategory.ElderlyCare), ("为老", TicketCategory.ElderlyCare),
        ("噪音", TicketCategory.Noise), ("噪声", TicketCategory.Noise), ("扰民", TicketCategory.Noise),
        ("卫生", TicketCategory.Sanitation), ("垃圾", TicketCategory.Sanitation), ("保洁", TicketCategory.Sanitation),
        ("其他", TicketCategory.Other), ("其它", TicketCategory.Other),
    ];

    private static readonly (string Word, TicketChannel Channel)[] Channels =
    [
        ("12345", TicketChannel.Hotline), ("热线", TicketChannel.Hotline), ("电话", TicketChannel.Hotline),
        ("幸福邮箱", TicketChannel.HappinessMailbox), ("邮箱", TicketChannel.HappinessMailbox),
        ("物业", TicketChannel.PropertyOffice),
        ("问卷", TicketChannel.OnlineSurvey), ("网上", TicketChannel.OnlineSurvey), ("网络", TicketChannel.OnlineSurvey), ("线上", TicketChannel.OnlineSurvey),
        ("来访", TicketChannel.WalkIn), ("上门", TicketChannel.WalkIn), ("窗口", TicketChannel.WalkIn), ("现场", TicketChannel.WalkIn),
    ];

    private static readonly Dictionary<string, SatisfactionLevel> Ratings = new(StringComparer.Ordinal)
    {
        ["非常满意"] = SatisfactionLevel.VerySatisfied,
        ["满意"] = SatisfactionLevel.Satisfied,
        ["基本满意"] = SatisfactionLevel.BasicallySatisfied,
        ["不满意"] = SatisfactionLevel.Dissatisfied,
        ["非常不满意"] = SatisfactionLevel.VeryDissatisfied,
        ["5"] = SatisfactionLevel.VerySatisfied,
        ["4"] = SatisfactionLevel.Satisfied,
        ["3"] = SatisfactionLevel.BasicallySatisfied,
        ["2"] = SatisfactionLevel.Dissatisfied,
        ["1"] = SatisfactionLevel.VeryDissatisfied,
    };

    private static readonly string[] Unrated = ["未评价", "未评", "无", "-", "unrated"];

    private static readonly (string Word, ClaimingParty Party)[] Parties =
    [
        ("支部", ClaimingParty.Branch), ("党", ClaimingParty.Branch), ("物业", ClaimingParty.PropertyCompany),
        ("共建", ClaimingParty.CoBuildingUnit), ("社区", ClaimingParty.Community), ("居委", ClaimingParty.Community),
    ];

    private static readonly Dictionary<string, RegionLevel> Levels = new(StringComparer.Ordinal)
    {
        ["国家"] = RegionLevel.Nation, ["省"] = RegionLevel.Province, ["市"] = RegionLevel.City,
        ["区"] = RegionLevel.District, ["县"] = RegionLevel.District, ["街道"] = RegionLevel.Subdistrict, ["镇"] = RegionLevel.Subdistrict,
    };

    private static readonly string[] TimeFormats =
    [
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd H:mm:ss", "yyyy-M-d H:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-M-d H:mm",
        "yyyy/MM/dd HH:mm:ss", "yyyy/M/d H:mm:ss", "yyyy/M/d H:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.FFFFFFF",
        "yyyy年M月d日 H:mm:ss", "yyyy年M月d日 H:mm", "yyyy年M月d日H时m分", "yyyy-MM-dd", "yyyy/M/d", "yyyy年M月d日",
    ];

    public static TicketCategory Category(string text) =>
        Named<TicketCategory>(text) ?? Categories.FirstOrDefault(c => text.Contains(c.Word, StringComparison.Ordinal)) switch
        {
            { Word: not null } match => match.Category,
            _ => throw new RowRefusedException("the category is none the platform knows (see docs/import.md for the words it takes)."),
        };

    public static TicketChannel Channel(string? text) => text is null
        ? TicketChannel.Hotline
        : Named<TicketChannel>(text) ?? Channels.FirstOrDefault(c => text.Contains(c.Word, StringComparison.Ordinal)) switch
        {
            { Word: not null } match => match.Channel,
            _ => throw new RowRefusedException($"the channel '{text}' is none the platform knows (see docs/import.md)."),
        };

    public static SatisfactionLevel? Rating(string? text)
    {
        if (text is null || Unrated.Contains(text, StringComparer.OrdinalIgnoreCase))
        {
            return null;
        }

        return Ratings.TryGetValue(text, out var level) ? level
            : Named<SatisfactionLevel>(text) ?? throw new RowRefusedException($"the rating '{text}' is none of 非常满意, 满意, 基本满意, 不满意, 非常不满意 or 1 to 5.");
    }

    public static ClaimingParty Party(string? text) => text is null
        ? ClaimingParty.Community
        : Named<ClaimingParty>(text) ?? Parties.FirstOrDefault(p => text.Contains(p.Word, StringComparison.Ordinal)) switch
        {
            { Word: not null } match => match.Party,
            _ => ClaimingParty.Community,
        };

    public static RegionLevel Level(string? text) => text is null
        ? throw new RowRefusedException("a region needs its level (city, district, subdistrict, province or nation).")
        : Named<RegionLevel>(text) ?? (Levels.TryGetValue(text, out var level) ? level
            : throw new RowRefusedException($"the level '{text}' is none of nation, province, city, district, subdistrict (国家, 省, 市, 区, 街道)."));

    public static bool Yes(string? text) => text is not null && (text is "是" or "1" or "Y" or "y" or "√" || text.Equals("true", StringComparison.OrdinalIgnoreCase) || text.Equals("yes", StringComparison.OrdinalIgnoreCase));

    /// <summary>A time as exports write it; without an offset it is China time.</summary>
    public static DateTimeOffset Time(string text, string column)
    {
        if (text.Contains('+', StringComparison.Ordinal) || text.EndsWith('Z'))
        {
            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset))
            {
                return Checked(withOffset, column);
            }
        }
        else if (DateTime.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var local))
        {
            return Checked(new DateTimeOffset(local, ChinaTime.Offset), column);
        }

        throw new RowRefusedException($"{column} '{text}' is not a time such as 2023-10-12 08:30:15 (China time) or 2023-10-12T00:30:15Z.");
    }

    public static int Number(string? text, string column, int min, int max) =>
        text is null ? 0
        : int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max ? value
        : throw new RowRefusedException($"{column} '{text}' is not a whole number from {min} to {max}.");

    public static double Coordinate(string text, string column, double limit) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && Math.Abs(value) <= limit ? value
        : throw new RowRefusedException($"{column} '{text}' is not a coordinate in degrees within ±{limit}.");

    private static DateTimeOffset Checked(DateTimeOffset at, string column) =>
        at.Year is >= 1990 and <= 2100 ? at : throw new RowRefusedException($"{column} {at:yyyy-MM-dd} is outside 1990 to 2100.");

    private static T? Named<T>(string text) where T : struct, Enum
    {
        var normal = text.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        return Enum.TryParse<T>(normal, ignoreCase: true, out var value) && Enum.IsDefined(value) && !char.IsAsciiDigit(normal[0]) ? value : null;
    }
}
