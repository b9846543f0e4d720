using OrleansGovernance.Api;
using OrleansGovernance.Api.Dashboard;
using OrleansGovernance.Api.Health;
using OrleansGovernance.Api.Host;
using OrleansGovernance.Api.Observability;

var builder = WebApplication.CreateBuilder(args);
builder.AddGovernanceClient();
builder.Services.AddGovernanceApi();
builder.AddGovernanceDashboard();
builder.Services.AddClusterDashboardAccess();
builder.Services.AddGovernanceMetrics();
var app = builder.Build();
app.MapGovernanceHealth();
app.MapGovernanceApi();
app.MapGovernanceDashboard();
app.MapClusterDashboard();
app.MapGovernanceMetrics(servesApi: true);
await app.RunAsync();
