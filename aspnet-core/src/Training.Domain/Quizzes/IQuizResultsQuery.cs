namespace Training.Quizzes;

/// <summary>A quiz's attempts as its trainers read them, counted in SQL over the people of some units on a date.</summary>
public interface IQuizResultsQuery
{
    /// <summary>The attempts of the people assigned on <see cref="QuizResultsFilter.AsOf"/> to the units, by name then attempt number.</summary>
    Task<(IReadOnlyList<QuizResultRow> Rows, long Total)> GetPageAsync(QuizResultsFilter filter, int skip, int take, CancellationToken cancellationToken = default);

    /// <summary>
    /// Per question, over the graded attempts that were given it: how many, the mean item score (facility), and the mean item
    /// score of the top 27% minus the bottom 27% of those attempts by total percent (⌊0.27·n⌋, at least 1; ties by attempt id).
    /// </summary>
    Task<IReadOnlyList<QuestionStatisticsRow>> GetQuestionStatisticsAsync(QuizResultsFilter filter, CancellationToken cancellationToken = default);

    /// <summary>How many graded attempts chose each set of options, per question: few distinct sets, counted in SQL.</summary>
    Task<IReadOnlyList<ChoiceCountRow>> GetChoiceCountsAsync(QuizResultsFilter filter, CancellationToken cancellationToken = default);
}

/// <param name="UnitPaths">The subtrees whose people count.</param>
/// <param name="SessionId">Only people enrolled in this session.</param>
public sealed record QuizResultsFilter(Guid QuizId, IReadOnlyCollection<string> UnitPaths, DateOnly AsOf, Guid? SessionId);

public sealed record QuizResultRow(Guid AttemptId, Guid StaffId, string FullName, string UnitName, int Number, DateTimeOffset StartedAt,
    DateTimeOffset? SubmittedAt, decimal? Percent, bool? Passed);

public sealed record QuestionStatisticsRow(Guid QuestionId, int Attempts, double Facility, double? Discrimination);

public sealed record ChoiceCountRow(Guid QuestionId, IReadOnlyList<Guid> Selected, int Count);
