namespace Training.Quizzes;

/// <summary>A quiz's attempts as its trainers read them, counted in SQL over the people of some units on a date.</summary>
public interface IQuizResultsQuery
{
    /// <summary>The attempts of the people assigned on <see cref="QuizResultsFilter.AsOf"/> to the units, by name then attempt number.</summary>
    Task<(IReadOnlyList<QuizResultRow> Rows, long Total)> GetPageAsync(QuizResultsFilter filter, int skip, int take, CancellationToken cancellationToken = default);

    /// <summary>All of them in the same order, read as they arrive: an export of a province's quiz holds every attempt.</summary>
    IAsyncEnumerable<QuizResultRow> ReadAsync(QuizResultsFilter filter);

    /// <summary>The graded attempts of those people, each with its answers in short, for <see cref="ItemAnalysis"/>.</summary>
    Task<IReadOnlyList<GradedItems>> GetGradedItemsAsync(QuizResultsFilter filter, CancellationToken cancellationToken = default);
}

/// <param name="UnitPaths">The subtrees whose people count.</param>
/// <param name="SessionId">Only people enrolled in this session.</param>
public sealed record QuizResultsFilter(Guid QuizId, IReadOnlyCollection<string> UnitPaths, DateOnly AsOf, Guid? SessionId);

public sealed record QuizResultRow(Guid AttemptId, Guid StaffId, string FullName, string UnitName, int Number, DateTimeOffset StartedAt,
    DateTimeOffset? SubmittedAt, decimal? Percent, bool? Passed);
