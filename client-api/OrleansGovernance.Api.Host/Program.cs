using OrleansGovernance.Api;
using OrleansGovernance.Api.Dashboard;
using OrleansGovernance.Api.Health;
using OrleansGovernance.Api.Host;

var builder = WebApplication.CreateBuilder(args);
builder.AddGovernanceClient();
builder.Services.AddGovernanceApi();
builder.AddGovernanceDashboard();
var app = builder.Build();
app.MapGovernanceHealth();
app.MapGovernanceApi();
app.MapGovernanceDashboard();
await app.RunAsync();
