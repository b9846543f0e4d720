using System.Text.RegularExpressions;

namespace OrleansGovernance.Domain;

/// <summary>
/// Screens text before it is published to readers who may not see personal data (PIPL): mainland mobile and landline
/// numbers, resident ID numbers, and unit-level addresses (a building's flat, "7-1203", "3栋1203室",
/// "12号楼2单元301", "Room 1203") are replaced by a mark. The compound's name and the building alone stay: they say
/// where the problem is without saying who lives there.
/// </summary>
public static partial class PersonalData
{
    public const string Mark = "[removed]";

    public static string Screen(string text)
    {
        var screened = IdNumber().Replace(text, Mark);
        screened = Phone().Replace(screened, Mark);
        screened = ChineseUnit().Replace(screened, Mark);
        screened = EnglishUnit().Replace(screened, Mark);
        return BuildingAndFlat().Replace(screened, Mark);
    }

    public static string? ScreenOptional(string? text) => text is null ? null : Screen(text);

    // 18 characters: 17 digits and a check digit (0-9 or X).
    [GeneratedRegex(@"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")]
    private static partial Regex IdNumber();

    // Mobiles (1[3-9] and nine digits, with an optional +86 and separators) and landlines (area code and 7-8 digits).
    [GeneratedRegex(@"(?<!\d)(?:(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d){8}|0\d{2,3}[\s-]?\d{7,8})(?!\d)")]
    private static partial Regex Phone();

    // 3栋1203室, 12号楼2单元301, 5幢2单元, 2单元301室, 1203室, 1203房.
    [GeneratedRegex(@"(?:\d+\s*(?:号楼|栋|幢|座)\s*)?(?:\d+\s*单元\s*)?\d+\s*(?:室|房|号房)|\d+\s*(?:号楼|栋|幢|座)\s*\d+\s*单元(?:\s*\d+)?|\d+\s*单元\s*\d+")]
    private static partial Regex ChineseUnit();

    // Room 1203, Flat 12B, Apt 5, Unit 3-1203.
    [GeneratedRegex(@"\b(?:room|flat|apt\.?|apartment|unit)\s*#?\s*[0-9][0-9A-Za-z-]*", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishUnit();

    // 7-1203 or 7#1203: building and flat written as two numbers.
    [GeneratedRegex(@"(?<![\d.:/-])\d{1,3}\s*[-#－]\s*\d{3,4}(?![\d.:/-])")]
    private static partial Regex BuildingAndFlat();
}
