namespace Training.Activities;

public interface IActivityRepository
{
    /// <summary>A recorded activity, not deleted.</summary>
    Task<InformationActivity?> FindAsync(Guid id, CancellationToken cancellationToken = default);

    Task InsertAsync(InformationActivity activity, CancellationToken cancellationToken = default);

    Task<ActivityAttachment?> FindAttachmentAsync(Guid id, CancellationToken cancellationToken = default);

    Task InsertAttachmentAsync(ActivityAttachment attachment, CancellationToken cancellationToken = default);

    /// <summary>Removes the files uploaded before <paramref name="uploadedBefore"/> that no activity holds (never saved with one,
    /// or replaced since), with their bytes; in the caller's transaction, so that no blob outlives its file record.</summary>
    /// <returns>How many were removed.</returns>
    Task<int> DeleteUnclaimedAttachmentsAsync(DateTimeOffset uploadedBefore, CancellationToken cancellationToken = default);

    /// <summary>Another activity (deleted or not) holds the attachment.</summary>
    Task<bool> IsAttachmentTakenAsync(Guid attachmentId, Guid exceptActivityId, CancellationToken cancellationToken = default);
}
