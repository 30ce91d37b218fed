using Training.OrganizationUnits;

namespace Training.Identity;

/// <param name="IsActive">False once an admin disabled the account (its staff record ending also keeps it out, see the person's page).</param>
public sealed record UserDto(Guid Id, string UserName, string? Email, string? PhoneNumber, string DisplayName,
    IReadOnlyList<string> Roles, IReadOnlyList<OrganizationUnitDto> OrganizationUnits, bool IsLockedOut, bool MustChangePassword, bool IsActive);
