using OrleansGovernance.Api;
using OrleansGovernance.Silo;

var builder = WebApplication.CreateBuilder(args);
builder.AddGovernanceSilo();
builder.Services.AddGovernanceApi();

var app = builder.Build();
app.MapGovernanceApi();
app.Run();

/// <summary>Entry point, visible to the tests that host the platform in-process.</summary>
public partial class Program;
