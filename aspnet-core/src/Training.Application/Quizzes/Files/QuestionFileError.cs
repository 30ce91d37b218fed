namespace Training.Quizzes;

/// <param name="Row">The sheet row as Excel shows it, or the question's position in a Moodle file.</param>
/// <param name="Column">The column's header as the file writes it, or the Moodle element (<c>answer</c>, <c>questiontext</c>).</param>
/// <param name="Code">One of <see cref="QuestionFileErrorCodes"/>.</param>
/// <param name="Message">The code's localised message.</param>
public sealed record QuestionFileError(int Row, string Column, string Code, string Message);
