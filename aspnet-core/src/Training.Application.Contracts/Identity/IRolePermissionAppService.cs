namespace Training.Identity;

public interface IRolePermissionAppService
{
    Task<IReadOnlyList<RolePermissionsDto>> GetAllAsync(CancellationToken cancellationToken = default);

    Task SetAsync(string role, IReadOnlyCollection<string> grantedPermissions, CancellationToken cancellationToken = default);
}
