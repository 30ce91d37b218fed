using Training.Identity;
using P = Training.Permissions.TrainingPermissions;

namespace Training.Permissions;

/// <summary>Every permission, its group on the admin page, and the roles it is granted to when the database is first seeded.</summary>
public static class TrainingPermissionDefinitions
{
    public static readonly IReadOnlyList<PermissionDefinition> All =
    [
        new(P.OrganizationUnits.Default, "OrganizationUnits", TrainingRoles.Admin, TrainingRoles.Trainer, TrainingRoles.Reviewer, TrainingRoles.UnitOfficer),
        new(P.OrganizationUnits.Manage, "OrganizationUnits", TrainingRoles.Admin),
        new(P.Rosters.Default, "Rosters", TrainingRoles.Admin, TrainingRoles.Trainer, TrainingRoles.Reviewer, TrainingRoles.UnitOfficer),
        new(P.Rosters.Manage, "Rosters", TrainingRoles.Admin, TrainingRoles.UnitOfficer),
        new(P.Rosters.Import, "Rosters", TrainingRoles.Admin, TrainingRoles.UnitOfficer),
        new(P.Rosters.Export, "Rosters", TrainingRoles.Admin, TrainingRoles.UnitOfficer, TrainingRoles.Reviewer),
        new(P.Rosters.ViewNationalId, "Rosters", TrainingRoles.Admin, TrainingRoles.UnitOfficer),
        new(P.Rosters.ViewEthnicity, "Rosters", TrainingRoles.Admin, TrainingRoles.UnitOfficer),
        new(P.Rosters.CreateAccounts, "Rosters", TrainingRoles.Admin, TrainingRoles.UnitOfficer),
        new(P.Rosters.CorrectHistory, "Rosters", TrainingRoles.Admin),
        new(P.Courses.Default, "Courses", TrainingRoles.Admin, TrainingRoles.Trainer, TrainingRoles.Reviewer),
        new(P.Courses.Manage, "Courses", TrainingRoles.Admin, TrainingRoles.Trainer),
        new(P.Courses.Publish, "Courses", TrainingRoles.Admin, TrainingRoles.Trainer),
        new(P.Courses.Learn, "Courses", TrainingRoles.Learner),
        new(P.Sessions.Default, "Sessions", TrainingRoles.Admin, TrainingRoles.Trainer, TrainingRoles.Reviewer, TrainingRoles.UnitOfficer),
        new(P.Sessions.Manage, "Sessions", TrainingRoles.Admin, TrainingRoles.Trainer),
        new(P.Sessions.Enroll, "Sessions", TrainingRoles.Admin, TrainingRoles.Trainer, TrainingRoles.UnitOfficer),
        new(P.Sessions.Attendance, "Sessions", TrainingRoles.Admin, TrainingRoles.Trainer),
        new(P.Quizzes.Manage, "Quizzes", TrainingRoles.Admin, TrainingRoles.Trainer),
        new(P.Quizzes.Take, "Quizzes", TrainingRoles.Learner),
        new(P.Certificates.Default, "Certificates", TrainingRoles.Admin, TrainingRoles.Trainer, TrainingRoles.Reviewer, TrainingRoles.UnitOfficer, TrainingRoles.Learner),
        new(P.Certificates.Issue, "Certificates", TrainingRoles.Admin, TrainingRoles.Trainer),
        new(P.Certificates.Revoke, "Certificates", TrainingRoles.Admin, TrainingRoles.Trainer),
        new(P.Coverage.View, "Coverage", TrainingRoles.Admin, TrainingRoles.Reviewer, TrainingRoles.UnitOfficer),
        new(P.Coverage.Export, "Coverage", TrainingRoles.Admin, TrainingRoles.Reviewer, TrainingRoles.UnitOfficer),
        new(P.Coverage.ManagePlans, "Coverage", TrainingRoles.Admin, TrainingRoles.Reviewer),
        new(P.Coverage.ViewEthnicity, "Coverage", TrainingRoles.Admin, TrainingRoles.Reviewer, TrainingRoles.UnitOfficer),
        new(P.Activities.Default, "Activities", TrainingRoles.Admin, TrainingRoles.Reviewer, TrainingRoles.UnitOfficer),
        new(P.Activities.Manage, "Activities", TrainingRoles.Admin, TrainingRoles.UnitOfficer),
        new(P.Identity.Users, "Identity", TrainingRoles.Admin),
        new(P.Identity.Roles, "Identity", TrainingRoles.Admin),
        new(P.Auditing.View, "Identity", TrainingRoles.Admin),
        new(P.Notifications, "Identity", TrainingRoles.Admin, TrainingRoles.Trainer, TrainingRoles.Reviewer, TrainingRoles.UnitOfficer, TrainingRoles.Learner),
    ];

    public static bool Exists(string name) => All.Any(p => p.Name == name);
}

/// <param name="Name">The permission, e.g. "Training.Courses.Publish".</param>
/// <param name="Group">The feature it belongs to, shown as a section of the role page.</param>
/// <param name="DefaultRoles">Roles it is granted to when first seeded; an admin may change grants later.</param>
public sealed record PermissionDefinition(string Name, string Group, params string[] DefaultRoles)
{
    public string DisplayNameKey => "Permission:" + Name;
}
