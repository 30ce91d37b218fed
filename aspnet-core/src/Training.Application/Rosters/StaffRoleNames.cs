namespace Training.Rosters;

/// <summary>The roles as Vietnamese papers name them: the roster workbook, sign-in sheets, certificates.</summary>
public static class StaffRoleNames
{
    public static readonly IReadOnlyDictionary<StaffRole, string> All = new Dictionary<StaffRole, string>
    {
        [StaffRole.FullTimeOfficer] = "Cán bộ chuyên trách",
        [StaffRole.Reporter] = "Báo cáo viên",
        [StaffRole.Communicator] = "Truyền thông viên",
        [StaffRole.Collaborator] = "Cộng tác viên",
        [StaffRole.InspectionTeamMember] = "Thành viên Đội kiểm tra liên ngành",
        [StaffRole.Other] = "Khác",
    };

    /// <summary>A value stored before the API refused numbers is written as it is, not a failure.</summary>
    public static string Of(StaffRole role) => All.TryGetValue(role, out var name) ? name : role.ToString();
}
