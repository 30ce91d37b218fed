using Microsoft.Extensions.DependencyInjection;
using Training.Courses;
using Training.OrganizationUnits;
using Training.Quizzes;
using Training.Rosters;

namespace Training.EntityFrameworkCore.Tests.Quizzes;

/// <summary>
/// A quiz's results and the graded attempts item analysis reads, in SQL on each engine, then analysed, against a hand-worked example: five graded attempts of three
/// one-point questions (and an open one, and one outside the units, that count for nothing).
///
/// <code>
///            Q1 Q2 Q3   percent   unit
///   A         1  0  0    33.33    Nước Hai
///   B         1  0  0    33.33    Nước Hai
///   C         0  1  1    66.67    Nước Hai
///   D         1  1  0    66.67    Hoà An
///   E         0  1  1    66.67    Hoà An
/// </code>
/// n = 5, so each group is ⌊0.27·5⌋ = 1 attempt: the top is C (66.67, the lowest id of the three), the bottom B (33.33, read from
/// the other end: the higher id of A and B, who answered alike). Facility Q1 = 3/5, Q2 = 3/5, Q3 = 2/5; discrimination Q1 = 0 − 1 = −1, Q2 = 1 − 0 = 1, Q3 = 1 − 0 = 1. Nước Hai alone
/// is three attempts: facility Q1 = 2/3 and no discrimination (under 4).
/// </summary>
public class QuizResultsQuery_Tests
{
    private static readonly DateOnly From = new(2020, 6, 1);
    private static readonly DateTimeOffset Now = new(2020, 6, 10, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public Task Item_Analysis_And_Results_On_Sqlite() => AssertAsync(TestDatabase.SqliteInMemory());

    [PostgresFact]
    public Task Item_Analysis_And_Results_On_PostgreSql() => AssertAsync(TestDatabase.Postgres());

    private static async Task AssertAsync(TestDatabase database)
    {
        using var services = new TrainingTestServices(database);
        await using var scope = services.CreateScope();
        var provider = scope.ServiceProvider;
        var course = await provider.GetRequiredService<CourseManager>().CreateAsync("KQ-2020", Guid.CreateVersion7());
        course.Describe("Kết quả", null, [], new CompletionRule(false, null, true), null, false, issuesCertificate: false);
        var quizManager = provider.GetRequiredService<QuizManager>();
        var bank = await quizManager.AddQuestionsAsync(course, Enumerable.Range(1, 3).Select(i =>
            new QuestionContent("Chung", QuestionType.SingleChoice, $"<p>Câu {i}</p>", null, false, [new(null, "Đúng ý", true), new(null, "Sai ý", false)])).ToList());
        var quiz = await quizManager.SaveQuizAsync(course, null, "Cuối khoá", isFinal: true, bank.Select(q => q.Id).ToList(), [],
            new QuizSettings(false, false, null, 60, null, null, null, 10, QuizReview.ScoreOnly));
        var units = provider.GetRequiredService<IOrganizationUnitRepository>();
        var nuocHai = (await units.FindByCodeAsync("01654", From, true))!;
        var hoaAn = (await units.FindByCodeAsync("051", From, true))!;
        var other = (await units.FindByCodeAsync("040", From, true))!;
        var staff = provider.GetRequiredService<StaffMemberManager>();
        var byId = bank.ToDictionary(q => q.Id);

        // Ids in the order both engines sort them (their text), A's lowest: several made in one millisecond are not in that order.
        var ids = new Queue<Guid>(Enumerable.Range(0, 7).Select(_ => Guid.CreateVersion7()).OrderBy(id => id.ToString(), StringComparer.Ordinal));

        async Task<QuizAttempt> TakeAsync(string name, OrganizationUnit unit, int[] right, bool grade = true)
        {
            var person = await staff.CreateAsync(name, unit.Id, StaffRole.Collaborator, true, From, new StaffMemberChanges());
            var attempt = QuizAttempt.Start(ids.Dequeue(), quiz, person.Id, Guid.NewGuid(), 1, quiz.Pick(bank, Random.Shared), Now);
            attempt.AnswerPage(1, bank.Select((q, i) => (q, i)).ToDictionary(x => x.q.Id,
                x => (IReadOnlyList<Guid>)[x.q.Options[right[x.i] == 1 ? 0 : 1].Id]), Now);
            if (grade)
            {
                attempt.Grade(byId, quiz.Settings.PassPercent, Now);
            }

            await provider.GetRequiredService<IQuizAttemptRepository>().InsertAsync(attempt);
            return attempt;
        }

        var a = await TakeAsync("Hoàng Văn A", nuocHai, [1, 0, 0]);
        await TakeAsync("Hoàng Văn B", nuocHai, [1, 0, 0]);
        await TakeAsync("Hoàng Văn C", nuocHai, [0, 1, 1]);
        await TakeAsync("Hoàng Văn D", hoaAn, [1, 1, 0]);
        await TakeAsync("Hoàng Văn E", hoaAn, [0, 1, 1]);
        await TakeAsync("Hoàng Văn Đang Làm", hoaAn, [1, 1, 1], grade: false);
        await TakeAsync("Nông Văn Ngoài", other, [1, 1, 1]);
        await provider.GetRequiredService<ITrainingUnitOfWork>().SaveChangesAsync();
        var query = provider.GetRequiredService<IQuizResultsQuery>();
        var district = new QuizResultsFilter(quiz.Id, [hoaAn.Path], From, null);

        var statistics = ItemAnalysis.Compute(await query.GetGradedItemsAsync(district)).ToDictionary(s => s.Order);
        statistics.Count.ShouldBe(3);
        statistics[bank[0].Order].ShouldSatisfyAllConditions(
            s => s.Attempts.ShouldBe(5), s => s.Facility.ShouldBe(0.6, 1e-9), s => s.Discrimination!.Value.ShouldBe(-1, 1e-9));
        statistics[bank[1].Order].Discrimination!.Value.ShouldBe(1, 1e-9);
        statistics[bank[2].Order].ShouldSatisfyAllConditions(s => s.Facility.ShouldBe(0.4, 1e-9), s => s.Discrimination!.Value.ShouldBe(1, 1e-9));
        statistics[bank[0].Order].Chosen.ShouldBe(new Dictionary<int, int> { [1] = 3, [2] = 2 }, ignoreOrder: true);

        var commune = new QuizResultsFilter(quiz.Id, [nuocHai.Path], From, null);
        var few = ItemAnalysis.Compute(await query.GetGradedItemsAsync(commune)).Single(s => s.Order == bank[0].Order);
        few.Attempts.ShouldBe(3);
        few.Facility.ShouldBe(2.0 / 3, 1e-4);
        few.Discrimination.ShouldBeNull("under four attempts");

        var (rows, total) = await query.GetPageAsync(district, 0, 4);
        total.ShouldBe(6, "the open attempt is listed, the one outside the district is not");
        rows.Select(r => r.FullName).ShouldBe(["Hoàng Văn A", "Hoàng Văn B", "Hoàng Văn C", "Hoàng Văn D"]);
        rows[0].ShouldSatisfyAllConditions(r => r.AttemptId.ShouldBe(a.Id), r => r.Percent.ShouldBe(33.33m), r => r.Passed.ShouldBe(false),
            r => r.UnitName.ShouldBe(nuocHai.Name));
        (await query.GetPageAsync(district, 4, 4)).Rows.Select(r => (r.FullName, r.Percent))
            .ShouldBe([("Hoàng Văn E", 66.67m), ("Hoàng Văn Đang Làm", null)], "by given name, as rosters are read");
    }
}
