using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Quartz;
using Training.Identity;
using Training.Rosters;

namespace Training.Application.Tests.Rosters;

public class StaffImportCleanup_Tests : IDisposable
{
    private readonly TrainingTestServices _services = new(TestDatabase.SqliteInMemory());

    public void Dispose() => _services.Dispose();

    [Fact]
    public async Task Forgets_Jobs_Finished_More_Than_A_Week_Ago()
    {
        var now = new DateTimeOffset(2026, 11, 29, 0, 0, 0, TimeSpan.Zero);
        await using var scope = _services.CreateScope();
        var officer = (await scope.ServiceProvider.GetRequiredService<UserManager<TrainingUser>>().FindByNameAsync("officer@demo.local"))!;
        var jobs = scope.ServiceProvider.GetRequiredService<IStaffImportJobRepository>();
        var old = new StaffImportJob(Guid.CreateVersion7(), officer.Id, "vi-VN", "cu.xlsx", [1], new DateOnly(2026, 11, 1), true, StaffImportMode.AllOrNothing, now.AddDays(-9));
        old.Complete("{}", now.AddDays(-8));
        var recent = new StaffImportJob(Guid.CreateVersion7(), officer.Id, "vi-VN", "moi.xlsx", [1], new DateOnly(2026, 11, 1), true, StaffImportMode.AllOrNothing, now.AddDays(-2));
        recent.Complete("{}", now.AddDays(-1));
        var running = new StaffImportJob(Guid.CreateVersion7(), officer.Id, "vi-VN", "dang-chay.xlsx", [1], new DateOnly(2026, 11, 1), true, StaffImportMode.AllOrNothing, now.AddDays(-30));
        await jobs.InsertAsync(old);
        await jobs.InsertAsync(recent);
        await jobs.InsertAsync(running);
        await scope.ServiceProvider.GetRequiredService<ITrainingUnitOfWork>().SaveChangesAsync();
        var clock = new FakeTimeProvider(now);

        await new StaffImportCleanupQuartzJob(jobs, clock).Execute(Mock.Of<IJobExecutionContext>(), CancellationToken.None);

        await using var read = _services.CreateScope();
        var left = read.ServiceProvider.GetRequiredService<IStaffImportJobRepository>();
        (await left.FindAsync(old.Id)).ShouldBeNull();
        (await left.FindAsync(recent.Id)).ShouldNotBeNull();
        (await left.FindAsync(running.Id)).ShouldNotBeNull();
    }

    [Fact]
    public async Task A_Queued_Import_Whose_User_Lost_The_Right_To_Import_Fails_Instead_Of_Waiting_For_Ever()
    {
        await using var scope = _services.CreateScope();
        var officer = (await scope.ServiceProvider.GetRequiredService<UserManager<TrainingUser>>().FindByNameAsync("officer@demo.local"))!;
        var job = new StaffImportJob(Guid.CreateVersion7(), officer.Id, "vi-VN", "danh-sach.xlsx", [1], new DateOnly(2020, 12, 31), true,
            StaffImportMode.AllOrNothing, DateTimeOffset.UtcNow);
        await scope.ServiceProvider.GetRequiredService<IStaffImportJobRepository>().InsertAsync(job);
        await scope.ServiceProvider.GetRequiredService<ITrainingUnitOfWork>().SaveChangesAsync();
        await _services.SignInAsAsync("admin@demo.local");
        await using (var admin = _services.CreateScope())
        {
            var roles = admin.ServiceProvider.GetRequiredService<IRolePermissionAppService>();
            var granted = (await roles.GetAllAsync()).Single(r => r.Role == TrainingRoles.UnitOfficer).Permissions.Where(p => p.IsGranted).Select(p => p.Name);
            await roles.SetAsync(TrainingRoles.UnitOfficer, granted.Where(p => p != Training.Permissions.TrainingPermissions.Rosters.Import).ToList());
        }

        var context = new Mock<IJobExecutionContext>();
        context.Setup(c => c.MergedJobDataMap).Returns(new JobDataMap { [StaffImportQuartzJob.JobIdKey] = job.Id.ToString() });
        await new StaffImportQuartzJob(_services.Provider.GetRequiredService<IServiceScopeFactory>()).Execute(context.Object, CancellationToken.None);

        await using var read = _services.CreateScope();
        var failed = (await read.ServiceProvider.GetRequiredService<IStaffImportJobRepository>().FindAsync(job.Id))!;
        (failed.Status, failed.ErrorCode).ShouldBe((StaffImportJobStatus.Failed, TrainingErrorCodes.Forbidden));
    }
}
