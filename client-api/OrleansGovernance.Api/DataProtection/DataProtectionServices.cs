using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.DependencyInjection;
using OrleansGovernance.Abstractions.Stores;

namespace OrleansGovernance.Api.DataProtection;

public static class DataProtectionServices
{
    /// <summary>One application name for silos and API hosts alike: payloads are only shared between equal names.</summary>
    public const string ApplicationName = "orleans-governance";

    /// <summary>
    /// Data Protection (the dashboard's cookie, antiforgery) with its keys in the host's durable repository
    /// when it registered one, so a cookie from one pod is valid on every other; without a database (memory storage,
    /// tests) the framework's default applies.
    /// </summary>
    public static IServiceCollection AddSharedDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName(ApplicationName);
        services.AddOptions<KeyManagementOptions>().Configure<IServiceProvider>((options, provider) =>
        {
            if (provider.GetKeyedService<IXmlRepository>(DurableStore.Key) is { } repository)
            {
                options.XmlRepository = repository;
            }
        });
        return services;
    }
}
