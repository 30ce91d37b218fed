namespace Training.Coverage;

/// <summary>How the rows of a coverage answer break the total down.</summary>
public enum CoverageGrouping
{
    Unit,
    Role,
    Gender,
    Ethnicity,
}
