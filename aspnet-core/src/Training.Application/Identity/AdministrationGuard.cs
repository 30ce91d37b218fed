namespace Training.Identity;

/// <summary>
/// Keeps at least one account that can administer users and roles for every unit. A change that could remove one runs in a
/// transaction under the administration lock (shared by every node) and is undone with 409 <c>LastAdministrator</c> when no
/// such account would remain; two admins demoting each other at once are thus served one after the other.
/// </summary>
public static class AdministrationGuard
{
    public static Task RunAsync(ITrainingUnitOfWork unitOfWork, IUserRepository users, TimeProvider clock, Func<Task> change,
        CancellationToken cancellationToken) =>
        unitOfWork.InTransactionAsync(async () =>
        {
            await users.LockAdministrationAsync(cancellationToken);
            await change();
            if (await users.CountAdministratorsAsync(Timing.BusinessClock.Today(clock), cancellationToken) == 0)
            {
                throw TrainingException.Conflict(TrainingErrorCodes.LastAdministrator);
            }
        }, cancellationToken);
}
