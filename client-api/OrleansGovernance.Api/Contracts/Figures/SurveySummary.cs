using OrleansGovernance.Abstractions;
using OrleansGovernance.Domain.Figures;

namespace OrleansGovernance.Api.Contracts;

public sealed record SurveySummary(int Year, int Respondents, int Satisfied, double? Rate)
{
    public static SurveySummary From(int year, ActivityCounts a) =>
        new(year, a.SurveyRespondents, a.SurveySatisfied, Rates.Of(a.SurveySatisfied, a.SurveyRespondents));
}
