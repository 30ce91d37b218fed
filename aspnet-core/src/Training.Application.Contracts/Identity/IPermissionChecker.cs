namespace Training.Identity;

/// <summary>What a signed-in user may do: its permissions, for showing navigation.</summary>
public interface IPermissionChecker
{
    Task<bool> IsGrantedAsync(string permission, CancellationToken cancellationToken = default);
}
