namespace Training.Identity;

public sealed record RolePermissionsDto(string Role, IReadOnlyList<PermissionGrantDto> Permissions);
