using Training.Common;

namespace Training.Identity;

public static class PermissionCheckerExtensions
{
    /// <summary>The first line of every use case: a page, the API and a job acting for a user all meet the same check.</summary>
    public static async Task CheckAsync(this IPermissionChecker permissions, string permission, CancellationToken cancellationToken)
    {
        if (!await permissions.IsGrantedAsync(permission, cancellationToken))
        {
            throw new TrainingException(TrainingErrorCodes.Forbidden, TrainingErrorKind.Forbidden);
        }
    }
}
