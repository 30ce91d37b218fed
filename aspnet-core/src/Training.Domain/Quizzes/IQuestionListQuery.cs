namespace Training.Quizzes;

/// <summary>A course version's bank as its pages read it, in SQL: a page of questions without their options, and the categories with their counts.</summary>
public interface IQuestionListQuery
{
    /// <summary>The questions of <paramref name="category"/> and its sub-categories (null: all), in bank order.</summary>
    Task<(IReadOnlyList<QuestionListRow> Rows, long Total)> GetPageAsync(Guid courseId, string? category, int skip, int take,
        CancellationToken cancellationToken = default);

    /// <summary>Each category that holds questions, with how many it holds itself (not counting its sub-categories).</summary>
    Task<IReadOnlyList<QuestionCategoryCount>> GetCategoriesAsync(Guid courseId, CancellationToken cancellationToken = default);
}
