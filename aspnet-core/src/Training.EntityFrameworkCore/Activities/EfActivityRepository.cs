using Microsoft.EntityFrameworkCore;
using Training.Activities;

namespace Training.EntityFrameworkCore.Activities;

public sealed class EfActivityRepository(TrainingDbContext db) : IActivityRepository
{
    public Task<InformationActivity?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.InformationActivities.FirstOrDefaultAsync(a => a.Id == id && a.DeletedAt == null, cancellationToken);

    public async Task InsertAsync(InformationActivity activity, CancellationToken cancellationToken = default) =>
        await db.InformationActivities.AddAsync(activity, cancellationToken);

    public Task<ActivityAttachment?> FindAttachmentAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.ActivityAttachments.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    public async Task InsertAttachmentAsync(ActivityAttachment attachment, CancellationToken cancellationToken = default) =>
        await db.ActivityAttachments.AddAsync(attachment, cancellationToken);

    public Task<bool> IsAttachmentTakenAsync(Guid attachmentId, Guid exceptActivityId, CancellationToken cancellationToken = default) =>
        db.InformationActivities.AnyAsync(a => a.AttachmentId == attachmentId && a.Id != exceptActivityId, cancellationToken);
}
