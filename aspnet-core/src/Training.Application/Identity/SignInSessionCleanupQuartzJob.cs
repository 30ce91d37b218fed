using Quartz;

namespace Training.Identity;

/// <summary>
/// Every night: forget expired refresh tokens and ended sign-ins, and sign-ins older than a month with no live token (a
/// browser's cookie lasts hours; one still in use after a month signs in again). Every login and refresh writes a row.
/// </summary>
[DisallowConcurrentExecution]
public sealed class SignInSessionCleanupQuartzJob(ISignInSessionRepository sessions, TimeProvider clock) : IJob
{
    public static readonly TimeSpan StaleAfter = TimeSpan.FromDays(30);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await sessions.DeleteExpiredAsync(now, now - StaleAfter, cancellationToken);
    }
}
