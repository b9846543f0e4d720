using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;

namespace OrleansGovernance.Api.Dashboard;

/// <summary>The dashboard's two languages: Chinese (the default) and English, chosen by a cookie.</summary>
public static class DashboardCulture
{
    public const string Chinese = "zh-CN";
    public const string English = "en";

    public static readonly string[] Supported = [Chinese, English];

    public static bool IsChinese => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal);

    public static bool IsApiPath(PathString path) =>
        path.StartsWithSegments("/api", StringComparison.Ordinal) || path.StartsWithSegments("/open311", StringComparison.Ordinal);

    /// <summary>GET /culture?name=en&amp;returnUrl=/places/…: remembers the language for a year and goes back.</summary>
    public static IResult Switch(HttpContext context, string name, string? returnUrl)
    {
        var culture = Supported.Contains(name, StringComparer.Ordinal) ? name : Chinese;
        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax });
        return Results.LocalRedirect(IsLocal(returnUrl) ? returnUrl : "/");
    }

    // A path on this site: one leading '/', not "//" or "/\" (which browsers read as another host), no control characters.
    internal static bool IsLocal([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && !url.Any(char.IsControl);
}
