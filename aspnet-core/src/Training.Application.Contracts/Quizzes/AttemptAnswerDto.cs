namespace Training.Quizzes;

/// <summary>An answer as last saved.</summary>
public sealed record AttemptAnswerDto(Guid QuestionId, IReadOnlyList<Guid> SelectedOptionIds, DateTimeOffset SavedAt);
