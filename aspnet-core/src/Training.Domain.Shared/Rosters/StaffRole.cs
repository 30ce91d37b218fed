namespace Training.Rosters;

/// <summary>Chức danh: what a person on a roster does in prevention work.</summary>
public enum StaffRole
{
    FullTimeOfficer,
    Reporter,
    Communicator,
    Collaborator,
    InspectionTeamMember,
    Other,
}
