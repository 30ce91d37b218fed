namespace Training.Courses;

public sealed record CatalogueCourseDetailDto(CatalogueCourseDto Course, IReadOnlyList<CatalogueLessonDto> Lessons, IReadOnlyList<CatalogueQuizDto> Quizzes);
