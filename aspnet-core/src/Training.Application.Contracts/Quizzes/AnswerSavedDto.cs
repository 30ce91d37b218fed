namespace Training.Quizzes;

/// <summary>Sent only once the answer is committed.</summary>
public sealed record AnswerSavedDto(DateTimeOffset SavedAt);
