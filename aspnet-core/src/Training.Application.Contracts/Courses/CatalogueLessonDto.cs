namespace Training.Courses;

public sealed record CatalogueLessonDto(Guid Id, int Order, string Title, bool Read);
