using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Training.OrganizationUnits;
using Training.Permissions;

namespace Training.Identity;

/// <summary>Grants of permissions to roles, kept as role claims and edited on the admin's role page.</summary>
public sealed class RolePermissionAppService(
    IPermissionChecker permissions,
    RoleManager<IdentityRole<Guid>> roleManager,
    IUnitScope scope,
    IUserRepository users,
    ITrainingUnitOfWork unitOfWork,
    TimeProvider clock) : IRolePermissionAppService
{
    public async Task<IReadOnlyList<RolePermissionsDto>> GetAllAsync(CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Identity.Roles, cancellationToken);
        var result = new List<RolePermissionsDto>();
        foreach (var roleName in TrainingRoles.All)
        {
            var role = await roleManager.FindByNameAsync(roleName) ?? throw TrainingException.NotFound();
            var granted = (await roleManager.GetClaimsAsync(role))
                .Where(c => c.Type == IdentityConsts.PermissionClaimType).Select(c => c.Value).ToHashSet();
            result.Add(new RolePermissionsDto(roleName,
                TrainingPermissionDefinitions.All.Select(p => new PermissionGrantDto(p.Name, p.Group, granted.Contains(p.Name))).ToList()));
        }

        return result;
    }

    public async Task SetAsync(string roleName, IReadOnlyCollection<string> grantedPermissions, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Identity.Roles, cancellationToken);
        if (grantedPermissions.FirstOrDefault(p => !TrainingPermissionDefinitions.Exists(p)) is { } unknown)
        {
            throw new TrainingException(TrainingErrorCodes.UnknownPermission, TrainingErrorKind.BadRequest, unknown);
        }

        // A role's grants apply in every unit: only an admin of the whole tree changes them.
        await scope.EnsureHoldsEveryRootAsync(cancellationToken);
        var role = await roleManager.FindByNameAsync(roleName) ?? throw TrainingException.NotFound();
        await AdministrationGuard.RunAsync(unitOfWork, users, clock, async () =>
        {
            var current = (await roleManager.GetClaimsAsync(role)).Where(c => c.Type == IdentityConsts.PermissionClaimType).ToList();
            foreach (var claim in current.Where(c => !grantedPermissions.Contains(c.Value)))
            {
                await roleManager.RemoveClaimAsync(role, claim);
            }

            foreach (var permission in grantedPermissions.Except(current.Select(c => c.Value)))
            {
                await roleManager.AddClaimAsync(role, new Claim(IdentityConsts.PermissionClaimType, permission));
            }
        }, cancellationToken);
    }
}
