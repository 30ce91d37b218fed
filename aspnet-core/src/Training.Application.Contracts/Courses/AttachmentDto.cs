namespace Training.Courses;

public sealed record AttachmentDto(Guid Id, string FileName, string ContentType, long Size);
