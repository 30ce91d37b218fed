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
        var found = Found(filter);
        var rows = await found.OrderBy(x => x.Staff.SortKey).ThenBy(x => x.Staff.Id).ThenBy(x => x.a.Number).Skip(skip).Take(take)
            .Select(x => new QuizResultRow(x.a.Id, x.Staff.Id, x.Staff.FullName, x.Unit.Name, x.a.Number, x.a.StartedAt, x.a.SubmittedAt, x.a.Percent, x.a.Passed))
            .ToListAsync(cancellationToken);
        return (rows, skip == 0 && rows.Count < take ? rows.Count : await found.LongCountAsync(cancellationToken));
    }

    public async Task<IReadOnlyList<GradedItems>> GetGradedItemsAsync(QuizResultsFilter filter, CancellationToken cancellationToken = default) =>
        await Found(filter).Where(x => x.a.SubmittedAt != null && x.a.Items != null)
            .Select(x => new GradedItems(x.a.Id, x.a.Percent!.Value, x.a.Items!)).ToListAsync(cancellationToken);

    /// <summary>The quiz's attempts by the people assigned on the date to the units (and enrolled in the session), with them.</summary>
    private IQueryable<AttemptOfPerson> Found(QuizResultsFilter filter) =>
        from a in db.QuizAttempts
        join r in StaffOnDate.In(db, UnitPathPredicate.InAny(filter.UnitPaths), filter.AsOf, activeOnly: false) on a.StaffMemberId equals r.Staff.Id
        where a.QuizId == filter.QuizId
            && (filter.SessionId == null || db.Enrollments.Any(e => e.SessionId == filter.SessionId && e.StaffMemberId == a.StaffMemberId))
        select new AttemptOfPerson { a = a, Staff = r.Staff, Unit = r.Unit };

    private sealed class AttemptOfPerson
    {
        public QuizAttempt a { get; init; } = null!;

        public Training.Rosters.StaffMember Staff { get; init; } = null!;

        public Training.OrganizationUnits.OrganizationUnit Unit { get; init; } = null!;
    }
}
