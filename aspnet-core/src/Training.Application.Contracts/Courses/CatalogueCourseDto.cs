namespace Training.Courses;

public sealed record CatalogueCourseDto(Guid Id, string Code, string Title, string? Description, int LessonCount, int LessonsRead, bool Completed,
    Guid? ContinueLessonId);
