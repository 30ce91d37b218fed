namespace Training.Identity;

/// <summary>Answers what the scope and the permissions of a user are, straight from the database, so that a change
/// made by an admin takes effect on the next request on every node.</summary>
public interface IUserAccessRepository
{
    /// <summary>The organisation units assigned to the user, by code.</summary>
    Task<List<OrganizationUnits.OrganizationUnit>> GetAssignedUnitsAsync(Guid userId, CancellationToken cancellationToken = default);

    /// <summary>The user is assigned every top-level unit (each province of the deployment): its scope is the whole tree.</summary>
    Task<bool> IsAssignedEveryRootAsync(Guid userId, CancellationToken cancellationToken = default);

    /// <summary>Permissions granted to any role of the user.</summary>
    Task<HashSet<string>> GetGrantedPermissionsAsync(Guid userId, CancellationToken cancellationToken = default);
}
