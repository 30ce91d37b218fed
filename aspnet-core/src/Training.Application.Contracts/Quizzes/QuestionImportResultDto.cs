namespace Training.Quizzes;

/// <param name="TotalQuestions">The questions in the file: imported, in error and skipped.</param>
/// <param name="Created">New questions (written, or that would be on a dry run or when errors stop an all-or-nothing import).</param>
/// <param name="Committed">Whether anything was written.</param>
public sealed record QuestionImportResultDto(int TotalQuestions, int Created, int Updated, int Unchanged, bool Committed,
    IReadOnlyList<QuestionImportSkipDto> Skipped, IReadOnlyList<QuestionImportErrorDto> Errors, IReadOnlyList<string> Warnings);
