namespace Training.Identity;

/// <summary>An organisation unit assigned to a user: the root of one subtree the user may see.</summary>
public class UserOrganizationUnit
{
    private UserOrganizationUnit()
    {
    }

    public UserOrganizationUnit(Guid userId, Guid organizationUnitId)
    {
        UserId = userId;
        OrganizationUnitId = organizationUnitId;
    }

    public Guid UserId { get; private set; }

    public Guid OrganizationUnitId { get; private set; }
}
