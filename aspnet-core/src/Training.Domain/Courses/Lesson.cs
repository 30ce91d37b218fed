namespace Training.Courses;

/// <summary>An ordered part of a course: sanitised rich text and an optional external video.</summary>
public class Lesson
{
    private readonly List<LessonAttachment> _attachments = [];

    private Lesson()
    {
        Title = null!;
        Body = null!;
    }

    internal Lesson(Guid id, Guid courseId, int order, string title, string body, string? videoUrl)
    {
        Id = id;
        CourseId = courseId;
        Order = order;
        Title = null!;
        Body = null!;
        Change(title, body, videoUrl);
    }

    public Guid Id { get; private set; }

    public Guid CourseId { get; private set; }

    public int Order { get; private set; }

    public string Title { get; private set; }

    /// <summary>HTML with no script, event handler, javascript: link, style or positioning left in it; its images are the
    /// course's own attachments (<see cref="LessonAttachment.ReferenceScheme"/>).</summary>
    public string Body { get; private set; }

    public string? VideoUrl { get; private set; }

    /// <summary>The <see cref="CourseConsts.LessonSanitizerVersion"/> that <see cref="Body"/> was sanitised under.</summary>
    public int SanitizerVersion { get; private set; }

    public IReadOnlyCollection<LessonAttachment> Attachments => _attachments;

    /// <summary>Attaches a stored file; <paramref name="contentType"/> comes from <see cref="AttachmentTypes.Check"/>.</summary>
    internal LessonAttachment Attach(Guid blobId, string fileName, string contentType, long size)
    {
        var attachment = new LessonAttachment(Guid.CreateVersion7(), Id, blobId, Path.GetFileName(fileName), contentType, size);
        _attachments.Add(attachment);
        return attachment;
    }

    internal void Change(string title, string body, string? videoUrl)
    {
        title = (title ?? string.Empty).Trim();
        if (title.Length is 0 or > CourseConsts.MaxTitleLength)
        {
            throw new TrainingException(TrainingErrorCodes.LessonTitleRequired) { Field = "title" };
        }

        if ((body ?? string.Empty).Length > CourseConsts.MaxLessonBodyLength)
        {
            throw new TrainingException(TrainingErrorCodes.LessonBodyTooLong) { Field = "body" };
        }

        videoUrl = string.IsNullOrWhiteSpace(videoUrl) ? null : videoUrl.Trim();
        if (videoUrl is not null && (videoUrl.Length > CourseConsts.MaxVideoUrlLength
            || !Uri.TryCreate(videoUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")))
        {
            throw new TrainingException(TrainingErrorCodes.LessonVideoUrlInvalid) { Field = "videoUrl" };
        }

        Title = title;
        Body = body ?? string.Empty;
        SanitizerVersion = CourseConsts.LessonSanitizerVersion;
        VideoUrl = videoUrl;
    }

    /// <summary>A body sanitised again under today's rules, whatever the course's status: a published lesson is where an
    /// overlay does its harm.</summary>
    internal void SanitiseAgain(string sanitisedBody)
    {
        Body = sanitisedBody;
        SanitizerVersion = CourseConsts.LessonSanitizerVersion;
    }
}
