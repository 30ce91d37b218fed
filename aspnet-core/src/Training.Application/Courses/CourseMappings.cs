namespace Training.Courses;

internal static class CourseMappings
{
    public static CourseDto ToDto(this Course c) => new(c.Id, c.Code, c.Version, c.Status, c.Title, c.Description, c.AudienceRoles,
        new CompletionRuleDto(c.Rule.AllLessons, c.Rule.MinAttendancePercent, c.Rule.QuizRequired), c.CertificateValidityMonths, c.QualifiesForCoverage,
        c.Lessons.Count, c.PublishedAt);

    public static LessonDto ToDto(this Lesson l) => new(l.Id, l.CourseId, l.Order, l.Title, l.Body, l.VideoUrl);
}
