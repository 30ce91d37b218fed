using Microsoft.Extensions.DependencyInjection;
using Training.Courses;
using Training.OrganizationUnits;
using Training.Rosters;

namespace Training.EntityFrameworkCore.Tests.EntityFrameworkCore;

/// <summary>
/// The save that loses a race past the application's own checks: a unique index or a concurrency token refuses it, and it
/// comes out as a 409 with the code of that index (each engine names the index its own way), never as a database error;
/// a stale version token is refused too.
/// </summary>
public class DatabaseConflicts_Tests
{
    [Fact]
    public Task Turns_Unique_And_Concurrency_Violations_Into_Conflicts_On_Sqlite() => AssertConflictsAsync(TestDatabase.SqliteInMemory());

    [PostgresFact]
    public Task Turns_Unique_And_Concurrency_Violations_Into_Conflicts_On_PostgreSql() => AssertConflictsAsync(TestDatabase.Postgres());

    private static async Task AssertConflictsAsync(TestDatabase database)
    {
        using var services = new TrainingTestServices(database);
        Guid unitId;
        await using (var scope = services.CreateScope())
        {
            unitId = (await scope.ServiceProvider.GetRequiredService<IOrganizationUnitRepository>().FindByCodeAsync("01654", new DateOnly(2020, 12, 31), false))!.Id;
        }

        async Task<TrainingException> SaveTwiceAsync(Func<IServiceProvider, Task> add)
        {
            await using (var first = services.CreateScope())
            {
                await add(first.ServiceProvider);
                await first.ServiceProvider.GetRequiredService<ITrainingUnitOfWork>().SaveChangesAsync();
                first.ServiceProvider.GetRequiredService<TrainingDbContext>().ChangeTracker.AutoDetectChangesEnabled.ShouldBeTrue();
            }

            await using var second = services.CreateScope();
            await add(second.ServiceProvider);
            var refused = await Should.ThrowAsync<TrainingException>(() => second.ServiceProvider.GetRequiredService<ITrainingUnitOfWork>().SaveChangesAsync());

            // The audit interceptor looks for changes once per save; a refused save must leave the context looking again.
            second.ServiceProvider.GetRequiredService<TrainingDbContext>().ChangeTracker.AutoDetectChangesEnabled.ShouldBeTrue();
            return refused;
        }

        var nationalId = await SaveTwiceAsync(async sp =>
        {
            var person = StaffMemberManager.NewForImport("Nông Văn Trùng", unitId, StaffRole.Collaborator, true, new DateOnly(2020, 3, 6));
            StaffMemberManager.ApplyChecked(person, new StaffMemberChanges { NationalId = FieldChange<string?>.Set("004090000999") });
            await sp.GetRequiredService<IStaffMemberRepository>().InsertAsync(person);
        });
        nationalId.Kind.ShouldBe(TrainingErrorKind.Conflict);
        nationalId.Code.ShouldBe(TrainingErrorCodes.StaffNationalIdTaken);

        // Two writers of one session: the second saves over a version it did not read.
        Guid sessionId;
        await using (var scope = services.CreateScope())
        {
            var course = await scope.ServiceProvider.GetRequiredService<CourseManager>().CreateAsync("LOP-TRANH", Guid.NewGuid());
            await scope.ServiceProvider.GetRequiredService<ICourseRepository>().InsertAsync(course);
            var session = TrainingSession.Plan(course, "Lớp", SessionMode.InPerson, unitId, null, null, 10, [new DateOnly(2020, 11, 5)]);
            await scope.ServiceProvider.GetRequiredService<ITrainingSessionRepository>().InsertAsync(session);
            await scope.ServiceProvider.GetRequiredService<ITrainingUnitOfWork>().SaveChangesAsync();
            sessionId = session.Id;
        }

        await using var a = services.CreateScope();
        await using var b = services.CreateScope();
        var inA = (await a.ServiceProvider.GetRequiredService<ITrainingSessionRepository>().FindAsync(sessionId))!;
        var inB = (await b.ServiceProvider.GetRequiredService<ITrainingSessionRepository>().FindAsync(sessionId))!;
        inA.Change("Lớp sáng", SessionMode.InPerson, null, null, 10, [new DateOnly(2020, 11, 5)]);
        inB.Change("Lớp chiều", SessionMode.InPerson, null, null, 12, [new DateOnly(2020, 11, 5)]);
        await a.ServiceProvider.GetRequiredService<ITrainingUnitOfWork>().SaveChangesAsync();
        // Left as EF's exception (Identity's stores handle their own); the web layer answers it with 409 ConcurrencyConflict.
        await Should.ThrowAsync<Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException>(() => b.ServiceProvider.GetRequiredService<ITrainingUnitOfWork>().SaveChangesAsync());
    }
}
