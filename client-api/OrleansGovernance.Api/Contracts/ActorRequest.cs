using OrleansGovernance.Domain;

namespace OrleansGovernance.Api.Contracts;

/// <summary>
/// Why the caller acts, and who may read it (internal unless marked public: staff notes are written for colleagues);
/// who (from the token) and when (the server's clock) are added by the endpoint.
/// </summary>
public record ActorRequest(string? Note = null, NoteVisibility Visibility = NoteVisibility.Internal);
