namespace Training.Quizzes;

/// <summary>The quizzes of a course version. Writes to a published version's id go to its next draft (POST) or answer 409 (PUT, DELETE).</summary>
public interface IQuizAppService
{
    /// <summary>The version's quizzes, the final one first.</summary>
    Task<IReadOnlyList<QuizDto>> GetListAsync(Guid courseId, CancellationToken cancellationToken = default);

    Task<QuizDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>A sitting of the quiz drawn as a learner's would be, with the right options and explanations: for its authors.</summary>
    Task<QuizPreviewDto> PreviewAsync(Guid id, CancellationToken cancellationToken = default);

    Task<QuizDto> CreateAsync(Guid courseId, SaveQuizDto input, CancellationToken cancellationToken = default);

    Task<QuizDto> UpdateAsync(Guid id, SaveQuizDto input, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid id, CancellationToken cancellationToken = default);
}
