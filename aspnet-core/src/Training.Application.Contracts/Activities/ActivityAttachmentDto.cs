namespace Training.Activities;

public sealed record ActivityAttachmentDto(Guid Id, string FileName, string ContentType, long Size);
