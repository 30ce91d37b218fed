namespace Training.Quizzes;

/// <param name="SubmittedAt">Null while the attempt is open.</param>
public sealed record QuizAttemptListItemDto(Guid AttemptId, Guid StaffId, string FullName, string UnitName, int Number, DateTimeOffset StartedAt,
    DateTimeOffset? SubmittedAt, decimal? Percent, bool? Passed);
