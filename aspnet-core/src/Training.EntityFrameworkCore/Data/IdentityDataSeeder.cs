using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Training.EntityFrameworkCore;
using Training.Identity;
using Training.Permissions;

namespace Training.Data;

/// <summary>The five roles and their default permission grants. Grants an admin has since edited are left alone: a
/// permission is granted by default only when no role holds it yet (it is new in this version).</summary>
public sealed class IdentityDataSeeder(RoleManager<IdentityRole<Guid>> roleManager, TrainingDbContext db)
{
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        foreach (var roleName in TrainingRoles.All)
        {
            if (await roleManager.FindByNameAsync(roleName) is null)
            {
                Check(await roleManager.CreateAsync(new IdentityRole<Guid>(roleName) { Id = Guid.CreateVersion7() }));
            }
        }

        var held = await db.RoleClaims.Where(c => c.ClaimType == IdentityConsts.PermissionClaimType)
            .Select(c => c.ClaimValue!).Distinct().ToListAsync(cancellationToken);
        foreach (var permission in TrainingPermissionDefinitions.All.Where(p => !held.Contains(p.Name)))
        {
            foreach (var roleName in permission.DefaultRoles)
            {
                var role = await roleManager.FindByNameAsync(roleName) ?? throw new InvalidOperationException(roleName);
                Check(await roleManager.AddClaimAsync(role, new Claim(IdentityConsts.PermissionClaimType, permission.Name)));
            }
        }
    }

    internal static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
