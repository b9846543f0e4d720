using OrleansGovernance.Domain;

namespace OrleansGovernance.Api.Dashboard.Requests;

/// <summary>A step confirmed in the desk's sheet, with its note (the result, for settling) and who may read that note.</summary>
public sealed record DeskStepTaken(DeskStep Step, string? Note, NoteVisibility Visibility);
