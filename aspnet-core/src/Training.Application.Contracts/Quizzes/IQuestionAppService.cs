namespace Training.Quizzes;

/// <summary>A course version's question bank. Writes to a published version's id go to its next draft (POST) or answer 409 (PUT, DELETE).</summary>
public interface IQuestionAppService
{
    /// <summary>The bank in order.</summary>
    Task<IReadOnlyList<QuestionDto>> GetListAsync(Guid courseId, CancellationToken cancellationToken = default);

    Task<QuestionDto> GetAsync(Guid courseId, Guid id, CancellationToken cancellationToken = default);

    Task<QuestionDto> CreateAsync(Guid courseId, SaveQuestionDto input, CancellationToken cancellationToken = default);

    Task<QuestionDto> UpdateAsync(Guid courseId, Guid id, SaveQuestionDto input, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid courseId, Guid id, CancellationToken cancellationToken = default);
}
