using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Training.Common;
using Training.Courses;
using Training.EntityFrameworkCore;
using Training.Rosters;
using C = Training.Rosters.Workbooks.StaffColumns;

namespace Training.Application.Tests;

/// <summary>
/// Lists read in SQL: a page and a count against each list's own tables, never its lessons or enrolments, and a fixed number
/// of commands per request (permission, scope, audit) whatever the page size.
/// </summary>
public class ListQueries_Tests
{
    private const int People = 60;

    [Fact]
    public Task Lists_Make_A_Fixed_Number_Of_Commands_On_Sqlite() => AssertListsAsync(DatabaseProvider.Sqlite);

    [PostgresFact]
    public Task Lists_Make_A_Fixed_Number_Of_Commands_On_PostgreSql() => AssertListsAsync(DatabaseProvider.PostgreSql);

    private static async Task AssertListsAsync(DatabaseProvider provider)
    {
        var log = new CommandLog();
        using var services = new TrainingTestServices(TestDatabase.Create(provider), configure: s => s.AddSingleton<IInterceptor>(log));
        await SeedAsync(services);

        await AssertAsync(services, log, "officer@demo.local", "StaffMembers",
            (scope, size) => scope.GetRequiredService<IStaffMemberAppService>().GetListAsync(new GetStaffListInput { AsOf = new DateOnly(2020, 12, 31), PageSize = size }));
        await AssertAsync(services, log, "admin@demo.local", "StaffMembers",
            (scope, size) => scope.GetRequiredService<IStaffMemberAppService>().GetListAsync(new GetStaffListInput { AsOf = new DateOnly(2020, 12, 31), PageSize = size }));
        await AssertAsync(services, log, "trainer@demo.local", "Courses",
            (scope, size) => scope.GetRequiredService<ICourseAppService>().GetListAsync(new GetCourseListInput { PageSize = size }));
        await AssertAsync(services, log, "officer@demo.local", "TrainingSessions",
            (scope, size) => scope.GetRequiredService<ITrainingSessionAppService>().GetListAsync(new GetSessionListInput { PageSize = size }));
    }

    private static async Task AssertAsync<T>(TrainingTestServices services, CommandLog log, string user, string table,
        Func<IServiceProvider, int, Task<PagedResultDto<T>>> list)
    {
        await services.SignInAsAsync(user);
        var counts = new List<int>();
        foreach (var size in new[] { 1, 50 })
        {
            await using var scope = services.CreateScope();
            log.Clear();
            var page = await list(scope.ServiceProvider, size);
            var commands = log.Commands;

            page.Items.Count.ShouldBe(size == 1 ? 1 : Math.Min(50, (int)page.TotalCount), $"{table} as {user}");
            commands.Count(c => c.Contains($"\"{table}\"", StringComparison.Ordinal)).ShouldBeLessThanOrEqualTo(2, string.Join("\n---\n", commands));
            commands.ShouldNotContain(c => c.Contains("\"Lessons\"", StringComparison.Ordinal) || c.Contains("\"Enrollments\"", StringComparison.Ordinal));
            counts.Add(commands.Count);
        }

        // A page of 50 costs no more commands than a page of 1 (fewer when the roster's total is still counted from before).
        counts[1].ShouldBeLessThanOrEqualTo(counts[0], $"the commands of a {table} page of 50 and of 1 as {user}");
    }

    private static async Task SeedAsync(TrainingTestServices services)
    {
        await services.SignInAsAsync("officer@demo.local");
        var file = new WorkbookBuilder([.. C.All.Take(10)]);
        for (var i = 0; i < People; i++)
        {
            file.Row($"Người Thứ {i:00}", i % 2 == 0 ? "Nữ" : "Nam", null, null, null, null, null, i % 2 == 0 ? "01654" : "01657", "Cộng tác viên", "Có");
        }

        await using (var scope = services.CreateScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<IStaffWorkbookAppService>().ImportAsync(
                new StaffImportRequest(new MemoryStream(file.ToBytes()), false, StaffImportMode.AllOrNothing, new DateOnly(2020, 12, 31)));
            result.Created.ShouldBe(People);
        }

        await services.SignInAsAsync("admin@demo.local");
        await using var admin = services.CreateScope();

        // The bulk writer leaves the same trail as a save: an entry per person and per assignment, by the officer, in its district.
        var log = admin.ServiceProvider.GetRequiredService<Training.Auditing.IAuditLogAppService>();
        var people = await log.GetListAsync(new Training.Auditing.GetAuditLogInput { EntityType = nameof(StaffMember), PageSize = 100 });
        people.TotalCount.ShouldBe(People);
        people.Items.ShouldAllBe(e => e.UserName == "officer@demo.local" && e.Action == Training.Auditing.AuditAction.Created && e.Changes.Contains("Người Thứ"));
        (await log.GetListAsync(new Training.Auditing.GetAuditLogInput { EntityType = nameof(StaffUnitAssignment), PageSize = 1 })).TotalCount.ShouldBe(People);

        var courses = admin.ServiceProvider.GetRequiredService<ICourseAppService>();
        var sessions = admin.ServiceProvider.GetRequiredService<ITrainingSessionAppService>();
        var staffIds = (await admin.ServiceProvider.GetRequiredService<IStaffMemberAppService>()
            .GetListAsync(new GetStaffListInput { AsOf = new DateOnly(2020, 12, 31), PageSize = 100 })).Items.Select(p => p.Id).ToList();
        for (var c = 0; c < 3; c++)
        {
            var course = await courses.CreateAsync(new SaveCourseDto
            {
                Code = $"DS-{c}", Title = $"Khoá {c}", CompletionRule = new CompletionRuleDto(true, null, false),
            });
            await courses.AddLessonAsync(course.Id, new SaveLessonDto { Title = "Bài 1", Body = "<p>Một</p>" });
            await courses.AddLessonAsync(course.Id, new SaveLessonDto { Title = "Bài 2", Body = "<p>Hai</p>" });
            await courses.PublishAsync(course.Id);
            for (var s = 0; s < 2; s++)
            {
                var session = await sessions.CreateAsync(new CreateSessionDto
                {
                    CourseId = course.Id, Title = $"Lớp {c}.{s}", OrganizerUnitCode = "051", Capacity = 20, Days = [new DateOnly(2026, 12, 10 + s)],
                });
                await sessions.EnrollAsync(session.Id, new EnrollStaffDto { StaffIds = staffIds.Take(25).ToList() });
            }
        }

        var listed = await sessions.GetListAsync(new GetSessionListInput { PageSize = 50 });
        listed.Items.ShouldAllBe(s => s.Enrolled == 20 && s.Waitlisted == 5);
        (await courses.GetListAsync(new GetCourseListInput { Search = "DS-", PageSize = 50 })).Items.ShouldAllBe(c => c.LessonCount == 2);
    }
}
