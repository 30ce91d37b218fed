using Training.Common;

namespace Training.Quizzes;

/// <summary>A course version's question bank. Writes to a published version's id go to its next draft (POST) or answer 409 (PUT, DELETE).</summary>
public interface IQuestionAppService
{
    /// <summary>The bank in order.</summary>
    Task<IReadOnlyList<QuestionDto>> GetListAsync(Guid courseId, CancellationToken cancellationToken = default);

    /// <summary>A page of the bank, a category's or the whole, in bank order, without the options.</summary>
    Task<PagedResultDto<QuestionListItemDto>> GetPageAsync(Guid courseId, GetQuestionListInput input, CancellationToken cancellationToken = default);

    /// <summary>The bank's categories by label, parents included even when they hold no question themselves: what a draw may name.</summary>
    Task<IReadOnlyList<QuestionCategoryDto>> GetCategoriesAsync(Guid courseId, CancellationToken cancellationToken = default);

    /// <summary>The bank's question ids in bank order: a question's number on the bank's pages is its place here, from 1.</summary>
    Task<IReadOnlyList<Guid>> GetIdsAsync(Guid courseId, CancellationToken cancellationToken = default);

    Task<QuestionDto> GetAsync(Guid courseId, Guid id, CancellationToken cancellationToken = default);

    Task<QuestionDto> CreateAsync(Guid courseId, SaveQuestionDto input, CancellationToken cancellationToken = default);

    Task<QuestionDto> UpdateAsync(Guid courseId, Guid id, SaveQuestionDto input, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid courseId, Guid id, CancellationToken cancellationToken = default);
}
