using OrleansGovernance.Api;
using OrleansGovernance.Api.Health;
using OrleansGovernance.Api.Host;

var builder = WebApplication.CreateBuilder(args);
builder.AddGovernanceClient();
builder.Services.AddGovernanceApi();
var app = builder.Build();
app.MapGovernanceHealth();
app.MapGovernanceApi();
await app.RunAsync();
