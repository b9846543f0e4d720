using System.Globalization;
using System.Text;

namespace OrleansGovernance.Bench.Import;

/// <summary>
/// A synthetic city as a places file (one city, 6 districts, 5 subdistricts each, communities of 10 compounds) and a
/// hotline export of its requests over three years: a quarter still open, the rest settled, half of those rated.
/// </summary>
internal static class ImportFiles
{
    public const string City = "bench-city";

    public static string Compound(int i) => $"{City}.d{i / 500}.s{i / 100 % 5}.c{i / 10 % 10}.x{i % 10}";

    public static void Places(string path, int compounds)
    {
        using var file = new StreamWriter(path, false, new UTF8Encoding(false));
        file.WriteLine("kind,id,name,name_zh,level,households");
        file.WriteLine($"region,{City},Bench City,基准市,city,");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < compounds; i++)
        {
            var id = Compound(i);
            var parts = id.Split('.');
            for (var depth = 2; depth <= 4; depth++)
            {
                var place = string.Join('.', parts.Take(depth));
                if (seen.Add(place))
                {
                    file.WriteLine(depth == 4
                        ? $"community,{place},{place},社区{place},,"
                        : $"region,{place},{place},区域{place},{(depth == 2 ? "district" : "subdistrict")},");
                }
            }

            file.WriteLine(string.Create(CultureInfo.InvariantCulture, $"compound,{id},Compound {i},第{i}小区,,{100 + i % 900}"));
        }
    }

    public static void Requests(string path, int requests, int compounds)
    {
        using var file = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        file.WriteLine("工单编号,受理时间,诉求类别,小区,渠道,首次响应时间,办结时间,满意度,联系电话");
        string[] categories = ["噪音扰民", "垃圾清运", "电动车进电梯", "道路破损", "门禁故障", "养老服务", "其他"];
        string[] ratings = ["非常满意", "满意", "基本满意", "不满意", "非常不满意"];
        var start = new DateTime(2023, 1, 1, 8, 0, 0);
        var step = TimeSpan.FromDays(3 * 365) / requests;
        for (var i = 0; i < requests; i++)
        {
            var filed = start + step * i;
            var open = i % 4 == 0;
            var responded = filed.AddMinutes(2 + i % 15);
            var settled = filed.AddHours(6 + i % 200);
            file.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"B{i:0000000},{filed:yyyy-MM-dd HH:mm:ss},{categories[i % categories.Length]},{Compound((int)((long)i * 7919 % compounds))},12345热线,{responded:yyyy-MM-dd HH:mm:ss},"
                + $"{(open ? "" : settled.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture))},{(open || i % 2 == 0 ? "" : ratings[i % 5])},139{i % 100_000_000:00000000}"));
        }
    }
}
