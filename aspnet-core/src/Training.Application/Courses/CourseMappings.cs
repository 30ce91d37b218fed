using Training.Documents;

namespace Training.Courses;

internal static class CourseMappings
{
    public static CourseDto ToDto(this Course c) => CourseListRow.Of(c).ToDto();

    public static CourseDto ToDto(this CourseListRow c) => new(c.Id, c.Code, c.Version, c.Status, c.Title, c.Description, c.AudienceRoles,
        new CompletionRuleDto(c.Rule.AllLessons, c.Rule.MinAttendancePercent, c.Rule.QuizRequired), c.IssuesCertificate, c.CertificateValidityMonths, c.QualifiesForCoverage,
        c.LessonCount, c.PublishedAt);

    public static LessonDto ToDto(this Lesson l) => new(l.Id, l.CourseId, l.Order, l.Title, l.Body, l.VideoUrl,
        l.Attachments.Select(a => a.ToDto()).ToList());

    public static AttachmentDto ToDto(this LessonAttachment a) => new(a.Id, a.FileName, a.ContentType, a.Size);

    /// <summary>The file of one of the course's attachments, or 404.</summary>
    public static async Task<FileContentDto> ReadAttachmentAsync(this Course course, Guid attachmentId, Training.Files.IBlobStore blobs,
        CancellationToken cancellationToken)
    {
        var attachment = course.Lessons.SelectMany(l => l.Attachments).FirstOrDefault(a => a.Id == attachmentId)
            ?? throw TrainingException.NotFound();
        return FileContentDto.FromBytes(attachment.FileName, attachment.ContentType,
            await blobs.GetAsync(attachment.BlobId, cancellationToken) ?? throw TrainingException.NotFound());
    }
}
