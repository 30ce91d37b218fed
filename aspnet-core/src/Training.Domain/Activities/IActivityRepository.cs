namespace Training.Activities;

public interface IActivityRepository
{
    /// <summary>A recorded activity, not deleted.</summary>
    Task<InformationActivity?> FindAsync(Guid id, CancellationToken cancellationToken = default);

    Task InsertAsync(InformationActivity activity, CancellationToken cancellationToken = default);

    Task<ActivityAttachment?> FindAttachmentAsync(Guid id, CancellationToken cancellationToken = default);

    Task InsertAttachmentAsync(ActivityAttachment attachment, CancellationToken cancellationToken = default);

    /// <summary>Another activity (deleted or not) holds the attachment.</summary>
    Task<bool> IsAttachmentTakenAsync(Guid attachmentId, Guid exceptActivityId, CancellationToken cancellationToken = default);
}
