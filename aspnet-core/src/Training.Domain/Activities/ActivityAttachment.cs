namespace Training.Activities;

/// <summary>
/// A photo or document of an activity, uploaded before the activity is saved (a phone sends the picture first): it belongs to
/// whoever uploaded it until an activity takes it, and is read only with that activity.
/// </summary>
public class ActivityAttachment
{
    private ActivityAttachment()
    {
        FileName = null!;
        ContentType = null!;
    }

    public ActivityAttachment(Guid id, Guid blobId, string fileName, string contentType, long size, Guid? uploadedBy, DateTimeOffset uploadedAt)
    {
        Id = id;
        BlobId = blobId;
        FileName = Path.GetFileName(fileName) is { Length: > 0 and <= ActivityConsts.MaxFileNameLength } name ? name : "tep-dinh-kem" + Path.GetExtension(fileName);
        ContentType = contentType;
        Size = size;
        UploadedBy = uploadedBy;
        UploadedAt = uploadedAt;
    }

    public Guid Id { get; private set; }

    public Guid BlobId { get; private set; }

    public string FileName { get; private set; }

    public string ContentType { get; private set; }

    public long Size { get; private set; }

    public Guid? UploadedBy { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }
}
