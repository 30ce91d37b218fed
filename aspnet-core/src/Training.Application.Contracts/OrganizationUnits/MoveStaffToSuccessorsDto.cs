namespace Training.OrganizationUnits;

public sealed record MoveStaffToSuccessorsDto
{
    /// <summary>The date whose ended units are emptied; default today.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>Only list what would happen; absent means a dry run, so that a bare request never moves anyone.</summary>
    public bool DryRun { get; init; } = true;
}
