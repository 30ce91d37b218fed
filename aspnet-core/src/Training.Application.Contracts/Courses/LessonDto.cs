namespace Training.Courses;

public sealed record LessonDto(Guid Id, Guid CourseId, int Order, string Title, string Body, string? VideoUrl, IReadOnlyList<AttachmentDto> Attachments);
