using Microsoft.Extensions.DependencyInjection;
using Training.Courses;
using Training.Quizzes;

namespace Training.EntityFrameworkCore.Tests.Quizzes;

/// <summary>The bank's list and categories, in SQL on each engine: a category's page takes its sub-categories by key prefix
/// (not a neighbour that merely starts alike), numbers are places in the whole bank, labels of one key are one category.</summary>
public class QuestionListQuery_Tests
{
    [Fact]
    public Task Pages_And_Counts_The_Bank_On_Sqlite() => AssertAsync(TestDatabase.SqliteInMemory());

    [PostgresFact]
    public Task Pages_And_Counts_The_Bank_On_PostgreSql() => AssertAsync(TestDatabase.Postgres());

    private static async Task AssertAsync(TestDatabase database)
    {
        using var services = new TrainingTestServices(database);
        await using var scope = services.CreateScope();
        var course = await scope.ServiceProvider.GetRequiredService<CourseManager>().CreateAsync("QL-2020", Guid.CreateVersion7());
        course.Describe("Ngân hàng", null, [], new CompletionRule(true, null, false), null, false, issuesCertificate: false);
        var categories = new[] { "Chung/Pháp luật", "chung/phap luat", "Chung/Pháp luật/Xử phạt", "Chung/Pháp luật khác", "Kỹ năng" };
        await scope.ServiceProvider.GetRequiredService<QuizManager>().AddQuestionsAsync(course, categories.Select((category, i) =>
            new QuestionContent(category, QuestionType.MultipleChoice, $"<p>Câu {i + 1}</p>", null, false,
                [new(null, "Một", true), new(null, "Hai", true), new(null, "Ba", false)])).ToList());
        await scope.ServiceProvider.GetRequiredService<ITrainingUnitOfWork>().SaveChangesAsync();
        var query = scope.ServiceProvider.GetRequiredService<IQuestionListQuery>();

        var (rows, total) = await query.GetPageAsync(course.Id, "CHUNG/PHÁP LUẬT", skip: 1, take: 10);
        total.ShouldBe(3, "the category, its other spelling and its sub-category; not \"Pháp luật khác\"");
        rows.Select(r => (r.Number, r.Text, r.Options, r.RightOptions)).ShouldBe([(2, "<p>Câu 2</p>", 3, 2), (3, "<p>Câu 3</p>", 3, 2)]);
        (await query.GetPageAsync(course.Id, null, 4, 10)).Rows.Single().Number.ShouldBe(5);
        (await query.GetCategoriesAsync(course.Id)).Select(c => (c.Key, c.Count)).ShouldBe(
            [("chung/phap luat", 2), ("chung/phap luat khac", 1), ("chung/phap luat/xu phat", 1), ("ky nang", 1)]);
    }
}
