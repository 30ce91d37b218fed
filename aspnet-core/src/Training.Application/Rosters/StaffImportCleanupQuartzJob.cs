using Quartz;

namespace Training.Rosters;

/// <summary>Every night: forget import jobs (and the files they keep) finished more than a week ago.</summary>
[DisallowConcurrentExecution]
public sealed class StaffImportCleanupQuartzJob(IStaffImportJobRepository jobs, TimeProvider clock) : IJob
{
    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(7);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await jobs.DeleteFinishedBeforeAsync(clock.GetUtcNow() - KeptFor, cancellationToken);
}
