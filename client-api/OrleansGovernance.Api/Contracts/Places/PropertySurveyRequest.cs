using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Api.Contracts;

/// <summary>The body that makes a PropertySurvey.</summary>
public sealed record PropertySurveyRequest(
    int Year,
    int Respondents,
    int Satisfied)
{
    public PropertySurvey ToDomain() => new(
        Year,
        Respondents,
        Satisfied);
}
