using Quartz;

namespace Training.Activities;

/// <summary>
/// Every night: remove the photos uploaded through the API more than a day ago that no activity took, and those an activity
/// replaced, so that uploads nobody saves do not pile up in the database.
/// </summary>
[DisallowConcurrentExecution]
public sealed class ActivityAttachmentCleanupQuartzJob(IActivityRepository activities, ITrainingUnitOfWork unitOfWork, TimeProvider clock) : IJob
{
    /// <summary>Long enough for a phone on a weak connection to upload a photo and save its activity afterwards.</summary>
    public static readonly TimeSpan ClaimWithin = TimeSpan.FromDays(1);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await unitOfWork.InTransactionAsync(() => activities.DeleteUnclaimedAttachmentsAsync(clock.GetUtcNow() - ClaimWithin, cancellationToken), cancellationToken);
}
