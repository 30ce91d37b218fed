using Microsoft.AspNetCore.Identity;
using Training.Common;
using Training.OrganizationUnits;
using Training.Permissions;

namespace Training.Identity;

/// <summary>The admin's work on accounts: create, edit roles and assigned units, reset a password, unlock.</summary>
public sealed class UserAdminAppService(
    IPermissionChecker permissions,
    UserManager<TrainingUser> userManager,
    IUserRepository users,
    IOrganizationUnitRepository units,
    IUnitScope scope,
    ITrainingUnitOfWork unitOfWork,
    Auditing.PersonalDataAudit audit,
    TimeProvider clock) : IUserAdminAppService
{
    public async Task<PagedResultDto<UserDto>> GetListAsync(GetUserListInput input, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Identity.Users, cancellationToken);
        var paths = await scope.GetPathsAsync(cancellationToken);
        var (page, total) = await users.GetPageAsync(input.Search, paths, await scope.HoldsEveryRootAsync(cancellationToken), input.Skip, input.Take,
            cancellationToken);
        await audit.RecordAsync(Auditing.AuditAction.Read, nameof(TrainingUser), "list", paths, new { input.Search, input.Page, count = page.Count, total },
            cancellationToken);
        var roles = await users.GetRoleNamesAsync(page.Select(u => u.Id).ToList(), cancellationToken);
        var unitById = (await units.GetByIdsAsync(page.SelectMany(u => u.OrganizationUnits).Select(o => o.OrganizationUnitId).Distinct().ToList(), cancellationToken))
            .ToDictionary(u => u.Id);
        return new PagedResultDto<UserDto>(page.Select(u => ToDto(u, roles.GetValueOrDefault(u.Id) ?? [], unitById)).ToList(), total);
    }

    public async Task<UserDto> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Identity.Users, cancellationToken);
        return await ToDtoAsync(await GetInScopeAsync(id, cancellationToken), cancellationToken);
    }

    public async Task<UserDto> CreateAsync(SaveUserDto input, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Identity.Users, cancellationToken);
        if (input.OrganizationUnitIds.Count == 0)
        {
            await scope.EnsureHoldsEveryRootAsync(cancellationToken);
        }

        var user = new TrainingUser(Guid.CreateVersion7(), input.UserName.Trim(), Blank(input.Email), input.DisplayName)
        {
            PhoneNumber = Blank(input.PhoneNumber),
        };
        await SetUnitsAsync(user, input.OrganizationUnitIds, cancellationToken);
        user.RequirePasswordChange();
        Check(string.IsNullOrEmpty(input.Password)
            ? await userManager.CreateAsync(user)
            : await userManager.CreateAsync(user, input.Password));
        Check(await userManager.AddToRolesAsync(user, ValidRoles(input.Roles)));
        return await ToDtoAsync(user, cancellationToken);
    }

    public async Task<UserDto> UpdateAsync(Guid id, SaveUserDto input, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Identity.Users, cancellationToken);
        TrainingUser? user = null;
        await AdministrationGuard.RunAsync(unitOfWork, users, clock, async () =>
        {
            user = await GetInScopeAsync(id, cancellationToken);
            user.SetDisplayName(input.DisplayName);
            user.PhoneNumber = Blank(input.PhoneNumber);
            await SetUnitsAsync(user, input.OrganizationUnitIds, cancellationToken);
            // Each setter renews the security stamp, which ends the account's sessions: only for a real change.
            if (user.UserName != input.UserName.Trim())
            {
                Check(await userManager.SetUserNameAsync(user, input.UserName.Trim()));
            }

            if (user.Email != Blank(input.Email))
            {
                Check(await userManager.SetEmailAsync(user, Blank(input.Email)));
            }
            if (!string.IsNullOrEmpty(input.Password))
            {
                Check(await userManager.RemovePasswordAsync(user));
                Check(await userManager.AddPasswordAsync(user, input.Password));
                user.RequirePasswordChange();
            }

            var current = await userManager.GetRolesAsync(user);
            var wanted = ValidRoles(input.Roles);
            Check(await userManager.RemoveFromRolesAsync(user, current.Except(wanted)));
            Check(await userManager.AddToRolesAsync(user, wanted.Except(current)));
            var rolesChanged = !current.ToHashSet().SetEquals(wanted);
            var activeChanged = input.IsActive is { } active && active != user.IsActive;
            if (input.IsActive == false)
            {
                user.Disable();
            }
            else if (input.IsActive == true)
            {
                user.Enable();
            }

            // A new stamp ends every cookie and token of the account on their next request.
            Check(rolesChanged || activeChanged ? await userManager.UpdateSecurityStampAsync(user) : await userManager.UpdateAsync(user));
        }, cancellationToken);
        return await ToDtoAsync(user!, cancellationToken);
    }

    public async Task UnlockAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Identity.Users, cancellationToken);
        var user = await GetInScopeAsync(id, cancellationToken);
        Check(await userManager.SetLockoutEndDateAsync(user, null));
        Check(await userManager.ResetAccessFailedCountAsync(user));
    }

    /// <summary>An admin manages the accounts of its own units: every unit of the account must lie in the caller's scope, and
    /// an account with no unit belongs to the admins of the whole tree.</summary>
    private async Task<TrainingUser> GetInScopeAsync(Guid id, CancellationToken cancellationToken)
    {
        var user = await users.FindWithUnitsAsync(id, cancellationToken) ?? throw TrainingException.NotFound();
        if (user.OrganizationUnits.Count == 0)
        {
            await scope.EnsureHoldsEveryRootAsync(cancellationToken);
        }
        foreach (var unit in await units.GetByIdsAsync(user.OrganizationUnits.Select(o => o.OrganizationUnitId).ToList(), cancellationToken))
        {
            await scope.EnsureContainsAsync(unit, cancellationToken);
        }

        return user;
    }

    private async Task SetUnitsAsync(TrainingUser user, IReadOnlyCollection<Guid> unitIds, CancellationToken cancellationToken)
    {
        if (unitIds.Count == 0)
        {
            await scope.EnsureHoldsEveryRootAsync(cancellationToken);
        }

        var found = await units.GetByIdsAsync(unitIds.Distinct().ToList(), cancellationToken);
        if (found.Count != unitIds.Distinct().Count())
        {
            throw TrainingException.NotFound(TrainingErrorCodes.UnitNotFound, string.Join(", ", unitIds));
        }

        // An admin hands out only what it holds itself.
        foreach (var unit in found)
        {
            await scope.EnsureContainsAsync(unit, cancellationToken);
        }

        user.SetOrganizationUnits(found.Select(u => u.Id));
    }

    private static List<string> ValidRoles(IEnumerable<string> roles)
    {
        var list = roles.Distinct().ToList();
        if (list.Any(r => !TrainingRoles.All.Contains(r)))
        {
            throw new TrainingException(TrainingErrorCodes.UserRoleUnknown) { Field = "roles" };
        }

        return list;
    }

    private async Task<UserDto> ToDtoAsync(TrainingUser user, CancellationToken cancellationToken)
    {
        var roles = await users.GetRoleNamesAsync([user.Id], cancellationToken);
        var unitById = (await units.GetByIdsAsync(user.OrganizationUnits.Select(o => o.OrganizationUnitId).ToList(), cancellationToken)).ToDictionary(u => u.Id);
        return ToDto(user, roles.GetValueOrDefault(user.Id) ?? [], unitById);
    }

    private UserDto ToDto(TrainingUser user, List<string> roles, Dictionary<Guid, OrganizationUnit> unitById) =>
        new(user.Id, user.UserName ?? string.Empty, user.Email, user.PhoneNumber, user.DisplayName, roles,
            user.OrganizationUnits.Where(o => unitById.ContainsKey(o.OrganizationUnitId)).Select(o => unitById[o.OrganizationUnitId].ToDto()).ToList(),
            user.LockoutEnd is { } end && end > clock.GetUtcNow(), user.MustChangePassword, user.IsActive);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static void Check(IdentityResult result)
    {
        if (result.Succeeded)
        {
            return;
        }

        if (result.Errors.Any(e => e.Code is "DuplicateUserName" or "DuplicateEmail"))
        {
            throw TrainingException.Conflict(TrainingErrorCodes.UserEmailTaken);
        }

        throw new TrainingException(TrainingErrorCodes.IdentityOperationFailed, TrainingErrorKind.BadRequest,
            string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
