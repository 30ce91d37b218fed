using System.ComponentModel.DataAnnotations;
using Training.Common;
using Training.OrganizationUnits;

namespace Training.Identity;

/// <param name="IsActive">False once an admin disabled the account (its staff record ending also keeps it out, see the person's page).</param>
public sealed record UserDto(Guid Id, string UserName, string? Email, string? PhoneNumber, string DisplayName,
    IReadOnlyList<string> Roles, IReadOnlyList<OrganizationUnitDto> OrganizationUnits, bool IsLockedOut, bool MustChangePassword, bool IsActive);

public sealed record GetUserListInput : PagedInput
{
    public string? Search { get; init; }
}

public sealed class SaveUserDto
{
    [Required]
    [StringLength(256)]
    public string UserName { get; set; } = string.Empty;

    [EmailAddress]
    [StringLength(256)]
    public string? Email { get; set; }

    [Phone]
    [StringLength(32)]
    public string? PhoneNumber { get; set; }

    [Required]
    [StringLength(IdentityConsts.MaxDisplayNameLength)]
    public string DisplayName { get; set; } = string.Empty;

    public List<string> Roles { get; set; } = [];

    public List<Guid> OrganizationUnitIds { get; set; } = [];

    /// <summary>On create: the initial password, which the user must change at first sign-in. On update: a reset, when set.</summary>
    [StringLength(128)]
    public string? Password { get; set; }

    /// <summary>On update: false disables the account (every session of it ends), true enables it again; null keeps it.</summary>
    public bool? IsActive { get; set; }
}

public sealed record RolePermissionsDto(string Role, IReadOnlyList<PermissionGrantDto> Permissions);

public sealed record PermissionGrantDto(string Name, string Group, bool IsGranted);

/// <summary>What a signed-in user may do: its permissions, for showing navigation.</summary>
public interface IPermissionChecker
{
    Task<bool> IsGrantedAsync(string permission, CancellationToken cancellationToken = default);
}

public interface IUserAdminAppService
{
    Task<PagedResultDto<UserDto>> GetListAsync(GetUserListInput input, CancellationToken cancellationToken = default);

    Task<UserDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<UserDto> CreateAsync(SaveUserDto input, CancellationToken cancellationToken = default);

    Task<UserDto> UpdateAsync(Guid id, SaveUserDto input, CancellationToken cancellationToken = default);

    Task UnlockAsync(Guid id, CancellationToken cancellationToken = default);
}

public interface IRolePermissionAppService
{
    Task<IReadOnlyList<RolePermissionsDto>> GetAllAsync(CancellationToken cancellationToken = default);

    Task SetAsync(string role, IReadOnlyCollection<string> grantedPermissions, CancellationToken cancellationToken = default);
}
