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

    public async Task<int> DeleteUnclaimedAttachmentsAsync(DateTimeOffset uploadedBefore, CancellationToken cancellationToken = default)
    {
        var unclaimed = await db.ActivityAttachments
            .Where(a => a.UploadedAt < uploadedBefore && !db.InformationActivities.Any(x => x.AttachmentId == a.Id))
            .Select(a => new { a.Id, a.BlobId }).ToListAsync(cancellationToken);
        if (unclaimed.Count == 0)
        {
            return 0;
        }

        var ids = unclaimed.Select(a => a.Id).ToList();
        var blobIds = unclaimed.Select(a => a.BlobId).ToList();
        // Claimed in the meantime: kept, and so is its blob.
        var removed = await db.ActivityAttachments.Where(a => ids.Contains(a.Id) && !db.InformationActivities.Any(x => x.AttachmentId == a.Id))
            .ExecuteDeleteAsync(cancellationToken);
        await db.Blobs.Where(b => blobIds.Contains(b.Id) && !db.ActivityAttachments.Any(a => a.BlobId == b.Id)).ExecuteDeleteAsync(cancellationToken);
        return removed;
    }

    public Task<bool> IsAttachmentTakenAsync(Guid attachmentId, Guid exceptActivityId, CancellationToken cancellationToken = default) =>
        db.InformationActivities.AnyAsync(a => a.AttachmentId == attachmentId && a.Id != exceptActivityId, cancellationToken);
}
