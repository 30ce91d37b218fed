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

    public Task<bool> IsAssignedEveryRootAsync(Guid userId, CancellationToken cancellationToken = default) =>
        db.OrganizationUnits.Where(u => u.ParentId == null)
            .AllAsync(root => db.UserOrganizationUnits.Any(a => a.UserId == userId && a.OrganizationUnitId == root.Id), cancellationToken);

    public async Task<HashSet<string>> GetGrantedPermissionsAsync(Guid userId, CancellationToken cancellationToken = default) =>
        (await (from userRole in db.UserRoles
                join claim in db.RoleClaims on userRole.RoleId equals claim.RoleId
                where userRole.UserId == userId && claim.ClaimType == IdentityConsts.PermissionClaimType
                select claim.ClaimValue!).Distinct().ToListAsync(cancellationToken)).ToHashSet();
}

public sealed class EfUserRepository(TrainingDbContext db) : IUserRepository
{
    /// <summary>The advisory lock taken by every change that could leave no administrator ("TRAIN-ADM").</summary>
    private const long AdministrationLockKey = 0x545241494E41444D;

    public async Task<(List<TrainingUser> Users, long TotalCount)> GetPageAsync(string? search, IReadOnlyCollection<string> scopePaths,
        bool includeUnassigned, int skip, int take, CancellationToken cancellationToken = default)
    {
        var inScope = db.OrganizationUnits.Where(Training.EntityFrameworkCore.OrganizationUnits.UnitPathPredicate.InAny(scopePaths)).Select(u => u.Id);
        var query = db.Users.Where(u => u.OrganizationUnits.All(o => inScope.Contains(o.OrganizationUnitId))
            && (includeUnassigned || u.OrganizationUnits.Any()));
        if (!string.IsNullOrWhiteSpace(search))
        {
            var upper = search.Trim().ToUpperInvariant();
            query = query.Where(u => u.NormalizedUserName!.Contains(upper) || u.NormalizedEmail!.Contains(upper) || u.DisplayName.Contains(search.Trim()));
        }

        var total = await query.LongCountAsync(cancellationToken);
        var users = await query.Include(u => u.OrganizationUnits).OrderBy(u => u.UserName).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return (users, total);
    }

    public async Task LockAdministrationAsync(CancellationToken cancellationToken = default)
    {
        // SQLite runs one writing transaction at a time (BEGIN IMMEDIATE); PostgreSQL needs a lock that every node shares.
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AdministrationLockKey})", cancellationToken);
        }
    }

    public Task<int> CountAdministratorsAsync(DateOnly today, CancellationToken cancellationToken = default)
    {
        var manageUsers = HoldersOf(Permissions.TrainingPermissions.Identity.Users);
        var manageRoles = HoldersOf(Permissions.TrainingPermissions.Identity.Roles);
        var roots = db.OrganizationUnits.Where(u => u.ParentId == null).Select(u => u.Id);
        return db.Users.CountAsync(u => u.IsActive && manageUsers.Contains(u.Id) && manageRoles.Contains(u.Id)
            && !db.StaffMembers.Any(s => s.UserId == u.Id && s.ActiveTo != null && s.ActiveTo < today)
            && roots.All(root => u.OrganizationUnits.Any(o => o.OrganizationUnitId == root)), cancellationToken);
    }

    public Task<List<TrainingUser>> GetInRoleWithPermissionAsync(string role, string permission, CancellationToken cancellationToken = default)
    {
        var normalized = role.ToUpperInvariant();
        var inRole = from userRole in db.UserRoles
                     join r in db.Roles on userRole.RoleId equals r.Id
                     where r.NormalizedName == normalized
                     select userRole.UserId;
        var holders = HoldersOf(permission);
        return db.Users.Include(u => u.OrganizationUnits)
            .Where(u => u.IsActive && inRole.Contains(u.Id) && holders.Contains(u.Id) && u.OrganizationUnits.Any())
            .OrderBy(u => u.UserName).AsNoTracking().ToListAsync(cancellationToken);
    }

    public Task<TrainingUser?> FindWithUnitsAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.Users.Include(u => u.OrganizationUnits).FirstOrDefaultAsync(u => u.Id == id, cancellationToken);

    private IQueryable<Guid> HoldersOf(string permission) =>
        from userRole in db.UserRoles
        join claim in db.RoleClaims on userRole.RoleId equals claim.RoleId
        where claim.ClaimType == IdentityConsts.PermissionClaimType && claim.ClaimValue == permission
        select userRole.UserId;

    public async Task<Dictionary<Guid, List<string>>> GetRoleNamesAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken = default) =>
        (await (from userRole in db.UserRoles
                join role in db.Roles on userRole.RoleId equals role.Id
                where userIds.Contains(userRole.UserId)
                select new { userRole.UserId, role.Name }).ToListAsync(cancellationToken))
        .GroupBy(r => r.UserId)
        .ToDictionary(g => g.Key, g => g.Select(r => r.Name!).Order(StringComparer.Ordinal).ToList());
}
