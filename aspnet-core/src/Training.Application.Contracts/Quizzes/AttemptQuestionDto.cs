namespace Training.Quizzes;

/// <param name="Page">From 1: the page of the attempt the question is on.</param>
public sealed record AttemptQuestionDto(Guid QuestionId, int Page, string Text, QuestionType Type, IReadOnlyList<AttemptOptionDto> Options);
