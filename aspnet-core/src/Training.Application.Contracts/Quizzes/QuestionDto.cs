namespace Training.Quizzes;

/// <param name="Explanation">Null for callers who may not author quizzes, like each option's <see cref="QuestionOptionDto.IsCorrect"/>.</param>
public sealed record QuestionDto(Guid Id, Guid CourseId, int Order, string Category, QuestionType Type, string Text, string? Explanation, bool PartialCredit,
    IReadOnlyList<QuestionOptionDto> Options);
