using Training.Common;
using Training.Documents;

namespace Training.Quizzes;

/// <summary>A quiz's results for its trainers, over the people of the caller's units.</summary>
public interface IQuizResultsAppService
{
    Task<PagedResultDto<QuizAttemptListItemDto>> GetAttemptsAsync(Guid quizId, GetQuizAttemptsInput input, CancellationToken cancellationToken = default);

    Task<FileContentDto> ExportAttemptsAsync(Guid quizId, GetQuizAttemptsInput input, CancellationToken cancellationToken = default);

    /// <summary>Per question of the quiz that graded attempts were given, in bank order.</summary>
    Task<IReadOnlyList<ItemAnalysisDto>> GetItemAnalysisAsync(Guid quizId, GetQuizAttemptsInput input, CancellationToken cancellationToken = default);
}
