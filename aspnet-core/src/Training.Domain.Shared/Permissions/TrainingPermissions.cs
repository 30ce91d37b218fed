namespace Training.Permissions;

/// <summary>Permission names. Each is also an authorization policy and the localization key "Permission:{name}".</summary>
public static class TrainingPermissions
{
    public const string GroupName = "Training";

    public static class OrganizationUnits
    {
        public const string Default = GroupName + ".OrganizationUnits";
        public const string Manage = Default + ".Manage";
    }

    public static class Rosters
    {
        public const string Default = GroupName + ".Rosters";
        public const string Manage = Default + ".Manage";
        public const string Import = Default + ".Import";
        public const string Export = Default + ".Export";
        public const string ViewNationalId = Default + ".ViewNationalId";
        public const string ViewEthnicity = Default + ".ViewEthnicity";
        public const string CreateAccounts = Default + ".CreateAccounts";
        public const string CorrectHistory = Default + ".CorrectHistory";
    }

    public static class Courses
    {
        public const string Default = GroupName + ".Courses";
        public const string Manage = Default + ".Manage";
        public const string Publish = Default + ".Publish";
        public const string Learn = Default + ".Learn";
    }

    public static class Sessions
    {
        public const string Default = GroupName + ".Sessions";
        public const string Manage = Default + ".Manage";
        public const string Enroll = Default + ".Enroll";
        public const string Attendance = Default + ".Attendance";
    }

    public static class Quizzes
    {
        public const string Manage = GroupName + ".Quizzes.Manage";
        public const string Take = GroupName + ".Quizzes.Take";
    }

    public static class Certificates
    {
        public const string Default = GroupName + ".Certificates";
        public const string Issue = Default + ".Issue";
        public const string Revoke = Default + ".Revoke";
    }

    public static class Coverage
    {
        public const string View = GroupName + ".Coverage.View";
        public const string Export = GroupName + ".Coverage.Export";
        public const string ManagePlans = GroupName + ".Coverage.ManagePlans";

        /// <summary>Breakdowns by ethnic group: aggregates only, small counts hidden (Law 91/2025/QH15).</summary>
        public const string ViewEthnicity = GroupName + ".Coverage.ViewEthnicity";
    }

    public static class Activities
    {
        public const string Default = GroupName + ".Activities";
        public const string Manage = Default + ".Manage";
    }

    public static class Identity
    {
        public const string Users = GroupName + ".Identity.Users";
        public const string Roles = GroupName + ".Identity.Roles";
    }

    /// <summary>Reading one's own in-app notifications: every role has it.</summary>
    public const string Notifications = GroupName + ".Notifications";

    public static class Auditing
    {
        public const string View = GroupName + ".AuditLogs";
    }
}
