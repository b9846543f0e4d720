namespace OrleansGovernance.Domain.Visits;

/// <summary>The three doors of 三门工作法: which kind of household a grid worker or branch member went to.</summary>
public enum VisitKind
{
    /// <summary>敲门: knocking on a new resident's door.</summary>
    NewResident,

    /// <summary>串门: dropping in on a long-time resident.</summary>
    LongTimeResident,

    /// <summary>上门: going to the door of a household in difficulty.</summary>
    InDifficulty,
}
