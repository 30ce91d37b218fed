using System.ComponentModel.DataAnnotations;

namespace Training.Courses;

public sealed record CompletionRuleDto(bool AllLessons, [Range(1, 100)] int? MinAttendancePercent, bool QuizRequired);
