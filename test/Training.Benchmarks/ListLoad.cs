using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Training.Common;
using Training.Courses;
using Training.EntityFrameworkCore;
using Training.Rosters;

namespace Training.Benchmarks;

/// <summary>
/// 20 concurrent readers in a closed loop over the generated national data on PostgreSQL: each list through its use case
/// (permission, scope, audit, query object, its total counted at most every 30 s) against one hand-written SQL statement
/// returning the same page, measured in the same run. Reports p50 and p95 and the p95 ratio.
/// </summary>
public static class ListLoad
{
    private const int Readers = 20;
    private const int CallsPerReader = 5;
    private static readonly DateOnly Today = new(2026, 12, 2);

    public static async Task RunAsync(string[] args)
    {
        var scale = DataGenerator.Option(args, "--scale") ?? "national";
        var options = DataGenerator.Options(DatabaseProvider.PostgreSql, scale);
        using var services = new TrainingTestServices(TestDatabase.Kept(options));
        Console.WriteLine($"{Readers} readers × {CallsPerReader} calls, {scale} data on PostgreSQL; times in ms");
        Console.WriteLine("| list | use case p50 | use case p95 | SQL p95 | ratio (p95) |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        var caoBang = "04";
        await CompareAsync(services, options, "roster, officer's province, page 1", DataGenerator.BenchOfficer,
            s => s.GetRequiredService<IStaffMemberAppService>().GetListAsync(new GetStaffListInput { AsOf = Today, PageSize = 50 }),
            StaffSql(caoBang, 0));
        await CompareAsync(services, options, "roster, admin's whole scope, page 1", "admin@demo.local",
            s => s.GetRequiredService<IStaffMemberAppService>().GetListAsync(new GetStaffListInput { AsOf = Today, PageSize = 50 }),
            StaffSql(null, 0));
        await CompareAsync(services, options, "roster, admin's whole scope, page 1,000", "admin@demo.local",
            s => s.GetRequiredService<IStaffMemberAppService>().GetListAsync(new GetStaffListInput { AsOf = Today, PageSize = 50, Page = 1000 }),
            StaffSql(null, 999 * 50));
        await CompareAsync(services, options, "courses, page 1", "trainer@demo.local",
            s => s.GetRequiredService<ICourseAppService>().GetListAsync(new GetCourseListInput { PageSize = 50 }),
            """
            SELECT c."Id", c."Code", c."Version", c."Status", c."Title", c."Description", c."AudienceRoles", c."Rule_AllLessons", c."LessonCount",
                   c."PublishedAt" FROM "Courses" c ORDER BY c."Code", c."Version" DESC LIMIT 50
            """);
        await CompareAsync(services, options, "sessions, admin, page 1", "admin@demo.local",
            s => s.GetRequiredService<ITrainingSessionAppService>().GetListAsync(new GetSessionListInput { PageSize = 50 }),
            """
            SELECT s."Id", c."Id", c."Code", c."Title", s."Title", s."Mode", u."Id", u."Code", u."Name", s."Venue", s."Trainers", s."Capacity", s."Days",
                   s."PlacesTaken", s."Waitlisted"
            FROM "TrainingSessions" s JOIN "OrganizationUnits" u ON u."Id" = s."OrganizerUnitId" JOIN "Courses" c ON c."Id" = s."CourseId"
            ORDER BY s."Id" DESC LIMIT 50
            """);
    }

    /// <summary>The same page as the roster list: who belonged to a unit of the subtree today, active today, in Vietnamese order.</summary>
    private static string StaffSql(string? provinceCode, int skip) => $"""
        SELECT s."Id", s."FullName", s."Gender", s."BirthDate", s."Ethnicity", s."NationalId", s."Phone", s."Email", u."Id", u."Code", u."Name",
               s."Role", s."InScope", s."ActiveFrom", s."ActiveTo", s."UserId"
        FROM "StaffMembers" s
        JOIN "StaffUnitAssignments" a ON a."StaffMemberId" = s."Id"
        JOIN "OrganizationUnits" u ON u."Id" = a."UnitId"
        WHERE {(provinceCode is null ? "true" : $"u.\"Path\" LIKE (SELECT p.\"Path\" FROM \"OrganizationUnits\" p WHERE p.\"Code\" = '{provinceCode}' AND p.\"Kind\" = 'Province') || '%'")}
          AND a."From" <= DATE '{Today:yyyy-MM-dd}' AND (a."To" IS NULL OR a."To" >= DATE '{Today:yyyy-MM-dd}')
          AND s."ActiveFrom" <= DATE '{Today:yyyy-MM-dd}' AND (s."ActiveTo" IS NULL OR s."ActiveTo" >= DATE '{Today:yyyy-MM-dd}')
        ORDER BY s."SortKey", s."Id" LIMIT 50 OFFSET {skip}
        """;

    private static async Task CompareAsync<T>(TrainingTestServices services, TrainingDatabaseOptions options, string name, string user,
        Func<IServiceProvider, Task<PagedResultDto<T>>> useCase, string sql)
    {
        await services.SignInAsAsync(user);
        var app = await MeasureAsync(async () =>
        {
            await using var scope = services.CreateScope();
            await useCase(scope.ServiceProvider);
        });
        await using var dataSource = NpgsqlDataSource.Create(options.ConnectionString);
        var baseline = await MeasureAsync(async () =>
        {
            await using var command = dataSource.CreateCommand(sql);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
            }
        });
        Console.WriteLine($"| {name} | {Percentile(app, 0.5):F1} | {Percentile(app, 0.95):F1} | {Percentile(baseline, 0.95):F1} | {Percentile(app, 0.95) / Percentile(baseline, 0.95):F2} |");
    }

    /// <summary>Closed loop: each reader calls again as soon as its call returns. Warmed up first.</summary>
    private static async Task<List<double>> MeasureAsync(Func<Task> call)
    {
        for (var i = 0; i < 10; i++)
        {
            await call();
        }

        var times = new System.Collections.Concurrent.ConcurrentBag<double>();
        await Task.WhenAll(Enumerable.Range(0, Readers).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < CallsPerReader; i++)
            {
                var clock = Stopwatch.StartNew();
                await call();
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
        })));
        return [.. times.Order()];
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
