namespace Training.Identity;

/// <summary>The five roles of DESIGN.md, seeded with their default permissions.</summary>
public static class TrainingRoles
{
    public const string Admin = "admin";
    public const string Trainer = "trainer";
    public const string Reviewer = "reviewer";
    public const string UnitOfficer = "unit-officer";
    public const string Learner = "learner";

    public static readonly IReadOnlyList<string> All = [Admin, Trainer, Reviewer, UnitOfficer, Learner];
}
