namespace Training.Courses;

/// <summary>A file attached to a lesson (PDF, Office document, image); its bytes are in the blob store.</summary>
public class LessonAttachment
{
    /// <summary>How a lesson body refers to an image of its course: <c>attachment:{Id}</c>, turned into the reader's
    /// route when the lesson is shown.</summary>
    public const string ReferenceScheme = "attachment:";

    private LessonAttachment()
    {
        FileName = null!;
        ContentType = null!;
    }

    internal LessonAttachment(Guid id, Guid lessonId, Guid blobId, string fileName, string contentType, long size)
    {
        Id = id;
        LessonId = lessonId;
        BlobId = blobId;
        FileName = fileName;
        ContentType = contentType;
        Size = size;
    }

    public Guid Id { get; private set; }

    public Guid LessonId { get; private set; }

    public Guid BlobId { get; private set; }

    public string FileName { get; private set; }

    public string ContentType { get; private set; }

    public long Size { get; private set; }
}
