using OrleansGovernance.Domain.Organisation;

namespace OrleansGovernance.Api.Contracts;

/// <summary>PropertySurvey as the API shows it.</summary>
public sealed record PropertySurveyView(
    int Year,
    int Respondents,
    int Satisfied)
{
    public static PropertySurveyView Of(PropertySurvey source) => new(
        source.Year,
        source.Respondents,
        source.Satisfied);
}
