using Training.Documents;

namespace Training.Quizzes;

/// <summary>A course version's bank as a file: the .xlsx template, the import (the template or a Moodle XML file), the export.</summary>
public interface IQuestionBankFileAppService
{
    /// <summary>The empty workbook, with its guide sheet, for a course's bank.</summary>
    Task<FileContentDto> GetTemplateAsync(Guid courseId, CancellationToken cancellationToken = default);

    /// <summary>The bank as the template's .xlsx, which imports back unchanged.</summary>
    Task<FileContentDto> ExportAsync(Guid courseId, CancellationToken cancellationToken = default);

    /// <summary>Questions matched by the id an export wrote, else by category and text: created, updated or unchanged; under a
    /// published course the next draft version takes them.</summary>
    Task<QuestionImportResultDto> ImportAsync(Guid courseId, Stream file, bool dryRun, QuestionImportMode mode, CancellationToken cancellationToken = default);
}
