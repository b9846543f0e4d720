using OrleansGovernance.Domain.Community;

namespace OrleansGovernance.Domain.Figures;

/// <summary>A council's meetings by form, its agreed matters by class, and its quarterly rule kept or missed.</summary>
[GenerateSerializer, Alias("governance.council-counts")]
public sealed class CouncilCounts
{
    [Id(0)] public int Quarterly { get; set; }
    [Id(1)] public int SpecialTopic { get; set; }
    [Id(2)] public int Forum { get; set; }

    /// <summary>Council meetings recorded before meetings named their form.</summary>
    [Id(3)] public int FormUnrecorded { get; set; }

    [Id(4)] public int BigMatters { get; set; }
    [Id(5)] public int ImportantMatters { get; set; }
    [Id(6)] public int UrgentMatters { get; set; }

    /// <summary>Council matters recorded before matters named their class.</summary>
    [Id(7)] public int ClassUnrecorded { get; set; }

    /// <summary>Ended quarters since a council's first meeting (see <see cref="CouncilQuarters"/>).</summary>
    [Id(8)] public int QuartersJudged { get; set; }

    /// <summary>Of those, quarters without a quarterly meeting.</summary>
    [Id(9)] public int QuartersMissed { get; set; }

    public bool IsEmpty =>
        Quarterly == 0 && SpecialTopic == 0 && Forum == 0 && FormUnrecorded == 0 && BigMatters == 0 && ImportantMatters == 0
        && UrgentMatters == 0 && ClassUnrecorded == 0 && QuartersJudged == 0 && QuartersMissed == 0;

    /// <summary>Counts a council meeting's form and its matters' classes.</summary>
    public void Count(Meeting meeting)
    {
        switch (meeting.Form)
        {
            case CouncilMeetingForm.Quarterly: Quarterly++; break;
            case CouncilMeetingForm.SpecialTopic: SpecialTopic++; break;
            case CouncilMeetingForm.Forum: Forum++; break;
            default: FormUnrecorded++; break;
        }

        foreach (var matter in meeting.AgreedMatters)
        {
            switch (matter.Class)
            {
                case MatterClass.Big: BigMatters++; break;
                case MatterClass.Important: ImportantMatters++; break;
                case MatterClass.Urgent: UrgentMatters++; break;
                default: ClassUnrecorded++; break;
            }
        }
    }

    public void Judge(QuarterHeld quarter)
    {
        QuartersJudged++;
        QuartersMissed += quarter.Held ? 0 : 1;
    }

    public void Add(CouncilCounts o)
    {
        Quarterly += o.Quarterly;
        SpecialTopic += o.SpecialTopic;
        Forum += o.Forum;
        FormUnrecorded += o.FormUnrecorded;
        BigMatters += o.BigMatters;
        ImportantMatters += o.ImportantMatters;
        UrgentMatters += o.UrgentMatters;
        ClassUnrecorded += o.ClassUnrecorded;
        QuartersJudged += o.QuartersJudged;
        QuartersMissed += o.QuartersMissed;
    }
}
