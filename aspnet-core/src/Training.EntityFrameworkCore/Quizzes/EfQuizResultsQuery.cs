using Microsoft.EntityFrameworkCore;
using Training.EntityFrameworkCore.OrganizationUnits;
using Training.EntityFrameworkCore.Rosters;
using Training.Quizzes;

namespace Training.EntityFrameworkCore.Quizzes;

public sealed class EfQuizResultsQuery(TrainingDbContext db) : IQuizResultsQuery
{
    public async Task<(IReadOnlyList<QuizResultRow> Rows, long Total)> GetPageAsync(QuizResultsFilter filter, int skip, int take,
        CancellationToken cancellationToken = default)
    {
        var rows = await Rows(filter).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return (rows, skip == 0 && rows.Count < take ? rows.Count : await Found(filter).LongCountAsync(cancellationToken));
    }

    public IAsyncEnumerable<QuizResultRow> ReadAsync(QuizResultsFilter filter) => Rows(filter).AsAsyncEnumerable();

    public async Task<IReadOnlyList<GradedItems>> GetGradedItemsAsync(QuizResultsFilter filter, CancellationToken cancellationToken = default) =>
        await Found(filter).Where(x => x.Attempt.SubmittedAt != null && x.Attempt.Items != null)
            .Select(x => new GradedItems(x.Attempt.Id, x.Attempt.Percent!.Value, x.Attempt.Items!)).ToListAsync(cancellationToken);

    private IQueryable<QuizResultRow> Rows(QuizResultsFilter filter) =>
        Found(filter).OrderBy(x => x.Staff.SortKey).ThenBy(x => x.Staff.Id).ThenBy(x => x.Attempt.Number)
            .Select(x => new QuizResultRow(x.Attempt.Id, x.Staff.Id, x.Staff.FullName, x.Unit.Name, x.Attempt.Number, x.Attempt.StartedAt,
                x.Attempt.SubmittedAt, x.Attempt.Percent, x.Attempt.Passed));

    /// <summary>The quiz's attempts by the people assigned on the date to the units (and enrolled in the session), with them.</summary>
    private IQueryable<AttemptOfPerson> Found(QuizResultsFilter filter) =>
        from a in db.QuizAttempts
        join r in StaffOnDate.In(db, UnitPathPredicate.InAny(filter.UnitPaths), filter.AsOf, activeOnly: false) on a.StaffMemberId equals r.Staff.Id
        where a.QuizId == filter.QuizId
            && (filter.SessionId == null || db.Enrollments.Any(e => e.SessionId == filter.SessionId && e.StaffMemberId == a.StaffMemberId))
        select new AttemptOfPerson { Attempt = a, Staff = r.Staff, Unit = r.Unit };

    private sealed class AttemptOfPerson
    {
        public QuizAttempt Attempt { get; init; } = null!;

        public Training.Rosters.StaffMember Staff { get; init; } = null!;

        public Training.OrganizationUnits.OrganizationUnit Unit { get; init; } = null!;
    }
}
