namespace Training.Quizzes;

/// <param name="Count">Questions labelled with this category itself.</param>
/// <param name="Total">Questions a draw of this category can take: its own and its sub-categories'.</param>
public sealed record QuestionCategoryDto(string Category, int Count, int Total);
