using System.Text.Json.Nodes;

namespace OrleansGovernance.Abstractions.Stores;

/// <summary>Rewrites one stored row of a state kind from its shape version n into version n + 1.</summary>
public delegate JsonObject ShapeUpgrade(JsonObject row);
