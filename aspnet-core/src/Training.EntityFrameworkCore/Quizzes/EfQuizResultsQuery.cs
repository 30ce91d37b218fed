using System.Runtime.CompilerServices;
using System.Text;
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
        var found =
            from a in db.QuizAttempts
            join r in StaffOnDate.In(db, UnitPathPredicate.InAny(filter.UnitPaths), filter.AsOf, activeOnly: false) on a.StaffMemberId equals r.Staff.Id
            where a.QuizId == filter.QuizId
                && (filter.SessionId == null || db.Enrollments.Any(e => e.SessionId == filter.SessionId && e.StaffMemberId == a.StaffMemberId))
            select new { a, r.Staff, r.Unit };
        var rows = await found.OrderBy(x => x.Staff.SortKey).ThenBy(x => x.Staff.Id).ThenBy(x => x.a.Number).Skip(skip).Take(take)
            .Select(x => new QuizResultRow(x.a.Id, x.Staff.Id, x.Staff.FullName, x.Unit.Name, x.a.Number, x.a.StartedAt, x.a.SubmittedAt, x.a.Percent, x.a.Passed))
            .ToListAsync(cancellationToken);
        return (rows, skip == 0 && rows.Count < take ? rows.Count : await found.LongCountAsync(cancellationToken));
    }

    public async Task<IReadOnlyList<QuestionStatisticsRow>> GetQuestionStatisticsAsync(QuizResultsFilter filter, CancellationToken cancellationToken = default)
    {
        // Window functions, which LINQ does not express; the same SQL runs on PostgreSQL and SQLite.
        var rows = await db.Database.SqlQuery<StatisticsRecord>(Scoped(filter, """
            , ranked AS (
                SELECT q."QuestionId", q."Score",
                    ROW_NUMBER() OVER (PARTITION BY q."QuestionId" ORDER BY s."Percent" DESC, s."Id") AS "High",
                    ROW_NUMBER() OVER (PARTITION BY q."QuestionId" ORDER BY s."Percent", s."Id") AS "Low",
                    COUNT(*) OVER (PARTITION BY q."QuestionId") AS "N"
                FROM "AttemptQuestions" q JOIN scoped s ON s."Id" = q."AttemptId"),
            grouped AS (SELECT r.*, CASE WHEN r."N" * 27 / 100 < 1 THEN 1 ELSE r."N" * 27 / 100 END AS "G" FROM ranked r)
            SELECT "QuestionId", CAST(MAX("N") AS INTEGER) AS "Attempts", CAST(AVG("Score") AS DOUBLE PRECISION) AS "Facility",
                CAST(AVG(CASE WHEN "High" <= "G" THEN "Score" END) - AVG(CASE WHEN "Low" <= "G" THEN "Score" END) AS DOUBLE PRECISION) AS "Discrimination"
            FROM grouped GROUP BY "QuestionId"
            """)).ToListAsync(cancellationToken);
        return rows.Select(r => new QuestionStatisticsRow(r.QuestionId, r.Attempts, r.Facility, r.Attempts < 4 ? null : r.Discrimination)).ToList();
    }

    public async Task<IReadOnlyList<ChoiceCountRow>> GetChoiceCountsAsync(QuizResultsFilter filter, CancellationToken cancellationToken = default)
    {
        var rows = await db.Database.SqlQuery<ChoiceRecord>(Scoped(filter, """
            SELECT q."QuestionId", q."SelectedOptionIds" AS "Selected", CAST(COUNT(*) AS INTEGER) AS "Count"
            FROM "AttemptQuestions" q JOIN scoped s ON s."Id" = q."AttemptId"
            WHERE q."SelectedOptionIds" IS NOT NULL AND q."SelectedOptionIds" <> ''
            GROUP BY q."QuestionId", q."SelectedOptionIds"
            """)).ToListAsync(cancellationToken);
        return rows.Select(r => new ChoiceCountRow(r.QuestionId, r.Selected.Split(',').Select(Guid.Parse).ToList(), r.Count)).ToList();
    }

    /// <summary>
    /// "WITH scoped AS (the graded attempts of the quiz by people assigned to the units on the date) " and <paramref name="rest"/>,
    /// with every value a parameter: the units are an OR of LIKE 'path%', as <see cref="UnitPathPredicate"/> builds it for LINQ.
    /// </summary>
    private static FormattableString Scoped(QuizResultsFilter filter, string rest)
    {
        var arguments = new List<object?> { filter.QuizId, filter.AsOf };
        var units = new StringBuilder("1 = 0");
        foreach (var path in filter.UnitPaths.Distinct())
        {
            arguments.Add(path + "%");
            units.Append(" OR u.\"Path\" LIKE {" + (arguments.Count - 1) + "}");
        }

        var session = string.Empty;
        if (filter.SessionId is { } sessionId)
        {
            arguments.Add(sessionId);
            session = "AND EXISTS (SELECT 1 FROM \"Enrollments\" e WHERE e.\"SessionId\" = {" + (arguments.Count - 1)
                + "} AND e.\"StaffMemberId\" = a.\"StaffMemberId\")";
        }

        var sql = $$"""
            WITH scoped AS (
                SELECT a."Id", a."Percent" FROM "QuizAttempts" a
                WHERE a."QuizId" = {0} AND a."SubmittedAt" IS NOT NULL {{session}}
                    AND EXISTS (SELECT 1 FROM "StaffUnitAssignments" sa JOIN "OrganizationUnits" u ON u."Id" = sa."UnitId"
                        WHERE sa."StaffMemberId" = a."StaffMemberId" AND sa."From" <= {1} AND (sa."To" IS NULL OR sa."To" >= {1}) AND ({{units}})))
            {{rest}}
            """;
        return FormattableStringFactory.Create(sql, [.. arguments]);
    }

    private sealed class StatisticsRecord
    {
        public Guid QuestionId { get; set; }

        public int Attempts { get; set; }

        public double Facility { get; set; }

        public double? Discrimination { get; set; }
    }

    private sealed class ChoiceRecord
    {
        public Guid QuestionId { get; set; }

        public string Selected { get; set; } = string.Empty;

        public int Count { get; set; }
    }
}
