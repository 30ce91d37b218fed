using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Training.EntityFrameworkCore;
using Training.Quizzes;

namespace Training.Benchmarks;

/// <summary>
/// A quiz's results at national scale (<see cref="AttemptData"/>): the first page of its 50,000 attempts and its item analysis
/// through the use cases, as a trainer of every province reads them (permission, scope over 34 provinces, SQL, the analysis),
/// against reading the same attempts' rows by hand without the scope, in the same process. Median and slowest of 10.
/// </summary>
public static class AttemptResultsLoad
{
    private const int Runs = 10;

    public static async Task RunAsync(string[] args)
    {
        var scale = DataGenerator.Option(args, "--scale") ?? "national";
        var options = DataGenerator.Options(DatabaseProvider.PostgreSql, scale);
        using var services = new TrainingTestServices(TestDatabase.Kept(options));
        await services.SignInAsAsync(AttemptData.BenchTrainer);
        Guid quizId;
        await using (var scope = services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
            quizId = await db.Quizzes.Where(q => q.Title == "Kiểm tra đợt 1" && db.Courses.Any(c => c.Id == q.CourseId && c.Code == AttemptData.CourseCode))
                .Select(q => q.Id).SingleAsync();
            Console.WriteLine($"quiz {quizId}: {await db.QuizAttempts.CountAsync(a => a.QuizId == quizId)} attempts; {scale} data on PostgreSQL; times in ms");
        }

        Console.WriteLine("| read | median | slowest |");
        Console.WriteLine("|---|---:|---:|");
        await ReportAsync("attempts, page 1 of 50 (use case)", () => WithScopeAsync(services, s =>
            s.GetRequiredService<IQuizResultsAppService>().GetAttemptsAsync(quizId, new GetQuizAttemptsInput { PageSize = 50 })));
        await ReportAsync("attempts, page 500 of 50 (use case)", () => WithScopeAsync(services, s =>
            s.GetRequiredService<IQuizResultsAppService>().GetAttemptsAsync(quizId, new GetQuizAttemptsInput { PageSize = 50, Page = 500 })));
        await ReportAsync("item analysis (use case)", () => WithScopeAsync(services, s =>
            s.GetRequiredService<IQuizResultsAppService>().GetItemAnalysisAsync(quizId, new GetQuizAttemptsInput())));
        await using var dataSource = NpgsqlDataSource.Create(options.ConnectionString);
        await ReportAsync("the graded attempts' rows item analysis reads, by hand, no scope", async () =>
        {
            await using var command = dataSource.CreateCommand(
                $"""SELECT "Id", "Percent", "Items" FROM "QuizAttempts" WHERE "QuizId" = '{quizId}' AND "SubmittedAt" IS NOT NULL""");
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
            }

            return true;
        });
    }

    private static async Task<T> WithScopeAsync<T>(TrainingTestServices services, Func<IServiceProvider, Task<T>> read)
    {
        await using var scope = services.CreateScope();
        return await read(scope.ServiceProvider);
    }

    private static async Task ReportAsync<T>(string name, Func<Task<T>> read)
    {
        await read();
        var times = new List<double>();
        for (var i = 0; i < Runs; i++)
        {
            var clock = Stopwatch.StartNew();
            await read();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        Console.WriteLine($"| {name} | {times[Runs / 2]:F0} | {times[^1]:F0} |");
    }
}
