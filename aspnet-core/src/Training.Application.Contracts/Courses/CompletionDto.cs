namespace Training.Courses;

public sealed record CompletionDto(Guid CourseId, string CourseCode, DateOnly CompletedOn, Guid? SessionId);
