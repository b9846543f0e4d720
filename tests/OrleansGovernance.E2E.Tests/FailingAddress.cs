using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace OrleansGovernance.E2E.Tests;

/// <summary>
/// One address of the test host that fails with an exception carrying a recognisable detail, after everything the
/// platform mapped, so the dashboard's own error handling is what answers it.
/// </summary>
internal sealed class FailingAddress : IStartupFilter
{
    public const string Path = "/e2e/failing.page";
    public const string Detail = "e2e-detail-that-must-not-show";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        next(app);
        app.Run(context =>
        {
            if (context.Request.Path == Path)
            {
                throw new InvalidOperationException(Detail);
            }

            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
    };
}
