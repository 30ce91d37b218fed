namespace Training.Quizzes;

/// <param name="IsCorrect">Null for callers who may not author quizzes.</param>
public sealed record QuestionOptionDto(Guid Id, string Text, bool? IsCorrect);
