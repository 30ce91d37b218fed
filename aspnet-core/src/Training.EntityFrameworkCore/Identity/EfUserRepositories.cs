using Microsoft.EntityFrameworkCore;
using Training.Identity;
using Training.OrganizationUnits;

namespace Training.EntityFrameworkCore.Identity;

public sealed class EfUserAccessRepository(TrainingDbContext db) : IUserAccessRepository
{
    public Task<List<OrganizationUnit>> GetAssignedUnitsAsync(Guid userId, CancellationToken cancellationToken = default) =>
        (from assignment in db.UserOrganizationUnits
         join unit in db.OrganizationUnits on assignment.OrganizationUnitId equals unit.Id
         where assignment.UserId == userId
         orderby unit.Code
         select unit).AsNoTracking().ToListAsync(cancellationToken);

    public async Task<HashSet<string>> GetGrantedPermissionsAsync(Guid userId, CancellationToken cancellationToken = default) =>
        (await (from userRole in db.UserRoles
                join claim in db.RoleClaims on userRole.RoleId equals claim.RoleId
                where userRole.UserId == userId && claim.ClaimType == IdentityConsts.PermissionClaimType
                select claim.ClaimValue!).Distinct().ToListAsync(cancellationToken)).ToHashSet();
}

public sealed class EfUserRepository(TrainingDbContext db) : IUserRepository
{
    public async Task<(List<TrainingUser> Users, long TotalCount)> GetPageAsync(string? search, IReadOnlyCollection<string> scopePaths, int skip, int take,
        CancellationToken cancellationToken = default)
    {
        var inScope = db.OrganizationUnits.Where(Training.EntityFrameworkCore.OrganizationUnits.UnitPathPredicate.InAny(scopePaths)).Select(u => u.Id);
        var query = db.Users.Where(u => u.OrganizationUnits.All(o => inScope.Contains(o.OrganizationUnitId)));
        if (!string.IsNullOrWhiteSpace(search))
        {
            var upper = search.Trim().ToUpperInvariant();
            query = query.Where(u => u.NormalizedUserName!.Contains(upper) || u.NormalizedEmail!.Contains(upper) || u.DisplayName.Contains(search.Trim()));
        }

        var total = await query.LongCountAsync(cancellationToken);
        var users = await query.Include(u => u.OrganizationUnits).OrderBy(u => u.UserName).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return (users, total);
    }

    public Task<TrainingUser?> FindWithUnitsAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.Users.Include(u => u.OrganizationUnits).FirstOrDefaultAsync(u => u.Id == id, cancellationToken);

    public async Task<Dictionary<Guid, List<string>>> GetRoleNamesAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken = default) =>
        (await (from userRole in db.UserRoles
                join role in db.Roles on userRole.RoleId equals role.Id
                where userIds.Contains(userRole.UserId)
                select new { userRole.UserId, role.Name }).ToListAsync(cancellationToken))
        .GroupBy(r => r.UserId)
        .ToDictionary(g => g.Key, g => g.Select(r => r.Name!).Order(StringComparer.Ordinal).ToList());
}
