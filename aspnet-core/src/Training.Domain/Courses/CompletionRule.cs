namespace Training.Courses;

/// <summary>What completes a course: all lessons read, at least N% of a session's days attended, the final quiz passed — or
/// several of them together. At least one must be asked for.</summary>
public sealed record CompletionRule(bool AllLessons, int? MinAttendancePercent, bool QuizRequired)
{
    public bool IsEmpty => !AllLessons && MinAttendancePercent is null && !QuizRequired;

    public bool IsSatisfied(bool allLessonsDone, decimal? attendancePercent, bool quizPassed) =>
        !IsEmpty
        && (!AllLessons || allLessonsDone)
        && (MinAttendancePercent is not { } min || (attendancePercent ?? 0) >= min)
        && (!QuizRequired || quizPassed);
}
