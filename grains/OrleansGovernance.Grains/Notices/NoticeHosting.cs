using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OrleansGovernance.Grains.Metrics;
using OrleansGovernance.Grains.Notices.Senders;

namespace OrleansGovernance.Grains.Notices;

public static class NoticeHosting
{
    /// <summary>
    /// Resident notices: the gateways from <see cref="NoticeOptions"/> (bound by the host to <c>Notifications</c>), or
    /// a city's own <see cref="INoticeSender"/> registered before this, and their metrics. Templates and settings are
    /// checked when the host starts, not at the first message.
    /// </summary>
    public static IServiceCollection AddResidentNotices(this IServiceCollection services)
    {
        services.AddOptions<NoticeOptions>()
            .Validate(Valid, "Notifications settings are invalid: check the templates, Order (wechat, email, sms), OptOutUrl (with {token}) and Key (base64 of 32 bytes or more).")
            .ValidateOnStart();
        services.TryAddSingleton<NoticeMetrics>();
        services.TryAddSingleton<NoticeSenders>();
        return services;
    }

    private static bool Valid(NoticeOptions options)
    {
        try
        {
            options.MakeTemplates();
            return options.Order.Count > 0 && options.Order.All(Enum.IsDefined)
                && (options.OptOutUrl is null || options.OptOutUrl.Contains(Domain.Notices.NoticeRules.TokenPlaceholder, StringComparison.Ordinal))
                && (options.Key is null || Convert.FromBase64String(options.Key).Length >= Domain.Notices.ContactKeys.MinKeyBytes);
        }
        catch (Exception invalid) when (invalid is Domain.DomainRuleException or InvalidOperationException or FormatException)
        {
            return false;
        }
    }
}
