using Training.EntityFrameworkCore.Identity;
using Training.Identity;
using Training.OrganizationUnits;

namespace Training.Web.Identity;

/// <summary>An account's grants kept up to 30 s on the attempt routes (<see cref="AttemptRouteCache"/>); the rest as the database says.</summary>
public sealed class AttemptRouteUserAccess(EfUserAccessRepository inner, AttemptRouteCache cache) : IUserAccessRepository
{
    public Task<List<OrganizationUnit>> GetAssignedUnitsAsync(Guid userId, CancellationToken cancellationToken = default) =>
        inner.GetAssignedUnitsAsync(userId, cancellationToken);

    public Task<bool> IsAssignedEveryRootAsync(Guid userId, CancellationToken cancellationToken = default) =>
        inner.IsAssignedEveryRootAsync(userId, cancellationToken);

    /// <remarks>The set may be shared by requests: callers only read it.</remarks>
    public Task<HashSet<string>> GetGrantedPermissionsAsync(Guid userId, CancellationToken cancellationToken = default) =>
        cache.GetAsync("grants", userId, () => inner.GetGrantedPermissionsAsync(userId, cancellationToken));
}
