using Xunit.Abstractions;

namespace OrleansGovernance.E2E.Tests;

/// <summary>A test against the shared dashboard host; whatever the host warned about meanwhile goes into the test's output.</summary>
[Collection(DashboardCollection.Name)]
public abstract class DashboardTest(DashboardFixture dashboard, ITestOutputHelper output) : IDisposable
{
    protected DashboardFixture Dashboard { get; } = dashboard;

    protected ITestOutputHelper Output { get; } = output;

    public void Dispose()
    {
        foreach (var line in Dashboard.Host.Log.Drain())
        {
            Output.WriteLine(line);
        }

        GC.SuppressFinalize(this);
    }
}
