namespace Training.Identity;

public interface IUserRepository
{
    /// <summary>A page of users, their assigned units loaded, matching <paramref name="search"/> in user name, e-mail or display
    /// name, whose assigned units all lie in the subtrees of <paramref name="scopePaths"/> (accounts with no unit only when
    /// <paramref name="includeUnassigned"/>).</summary>
    Task<(List<TrainingUser> Users, long TotalCount)> GetPageAsync(string? search, IReadOnlyCollection<string> scopePaths, bool includeUnassigned,
        int skip, int take, CancellationToken cancellationToken = default);

    /// <summary>Inside a transaction: waits until no other change that could remove an administrator is running, on any node,
    /// and holds that lock until the transaction ends.</summary>
    Task LockAdministrationAsync(CancellationToken cancellationToken = default);

    /// <summary>The accounts that can administer users and roles everywhere on <paramref name="today"/>: enabled, their staff
    /// record (if any) not ended, both permissions, and every top-level unit.</summary>
    Task<int> CountAdministratorsAsync(DateOnly today, CancellationToken cancellationToken = default);

    /// <summary>The enabled accounts in <paramref name="role"/> whose roles grant <paramref name="permission"/> and that have at least one
    /// assigned unit, their units loaded: whom a job writes to about their own units.</summary>
    Task<List<TrainingUser>> GetInRoleWithPermissionAsync(string role, string permission, CancellationToken cancellationToken = default);

    Task<TrainingUser?> FindWithUnitsAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Role names per user, for a page of users in one query.</summary>
    Task<Dictionary<Guid, List<string>>> GetRoleNamesAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken = default);
}
