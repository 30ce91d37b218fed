namespace Training.Quizzes;

/// <summary>
/// A question as a file states it (an .xlsx row, a Moodle XML question), before the bank checks and sanitises it.
/// </summary>
/// <param name="Row">Where it is in the file: the sheet row (1-based, as Excel shows it), or the question's position in a Moodle file.</param>
/// <param name="Id">The bank's id of the question, when the file was exported from a bank (the .xlsx); null otherwise.</param>
/// <param name="Category">Levels separated by <see cref="QuizConsts.CategorySeparator"/>; empty for none.</param>
/// <param name="Text">Rich text (HTML) as written; the bank sanitises it.</param>
/// <param name="Explanation">Rich text shown after the attempt, or null.</param>
/// <param name="PartialCredit">Multiple choice only: each right option chosen scores a share, each wrong one costs one.</param>
public sealed record QuestionDraft(int Row, Guid? Id, string Category, QuestionType Type, string Text, string? Explanation, bool PartialCredit,
    IReadOnlyList<OptionDraft> Options);

/// <param name="Text">Plain text.</param>
public sealed record OptionDraft(string Text, bool IsCorrect);
