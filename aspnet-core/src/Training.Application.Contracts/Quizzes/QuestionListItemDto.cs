namespace Training.Quizzes;

/// <param name="Number">Its place in the whole bank, from 1 (its place in <see cref="IQuestionAppService.GetIdsAsync"/>).</param>
/// <param name="Excerpt">The question's words without markup, cut short.</param>
/// <param name="RightOptions">Null for callers who may not author quizzes.</param>
public sealed record QuestionListItemDto(Guid Id, int Number, string Category, QuestionType Type, string Excerpt, int Options, int? RightOptions);
