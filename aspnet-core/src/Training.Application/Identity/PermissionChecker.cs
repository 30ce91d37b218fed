namespace Training.Identity;

/// <summary>Permissions of the current user, read once per request from its roles' grants in the database.</summary>
public sealed class PermissionChecker(ICurrentUser currentUser, IUserAccessRepository access) : IPermissionChecker
{
    private HashSet<string>? _granted;

    public async Task<bool> IsGrantedAsync(string permission, CancellationToken cancellationToken = default)
    {
        if (currentUser.Id is not { } userId)
        {
            return false;
        }

        _granted ??= await access.GetGrantedPermissionsAsync(userId, cancellationToken);
        return _granted.Contains(permission);
    }
}
