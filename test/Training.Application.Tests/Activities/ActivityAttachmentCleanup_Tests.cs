using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Quartz;
using Training.Activities;
using Training.EntityFrameworkCore;
using Training.Files;
using Training.Identity;
using Training.OrganizationUnits;

namespace Training.Application.Tests.Activities;

public class ActivityAttachmentCleanup_Tests : IDisposable
{
    private readonly TrainingTestServices _services = new(TestDatabase.SqliteInMemory());

    public void Dispose() => _services.Dispose();

    [Fact]
    public async Task Removes_Files_No_Activity_Took_Within_A_Day_With_Their_Bytes_And_Keeps_The_Rest()
    {
        var now = new DateTimeOffset(2026, 11, 29, 0, 0, 0, TimeSpan.Zero);
        await using var scope = _services.CreateScope();
        var services = scope.ServiceProvider;
        var officer = (await services.GetRequiredService<UserManager<TrainingUser>>().FindByNameAsync("officer@demo.local"))!;
        var activities = services.GetRequiredService<IActivityRepository>();
        var blobs = services.GetRequiredService<IBlobStore>();
        async Task<ActivityAttachment> FileAsync(string name, DateTimeOffset at)
        {
            var attachment = new ActivityAttachment(Guid.CreateVersion7(), await blobs.SaveAsync([0xFF, 0xD8, 0xFF, 0x01]), name, "image/jpeg", 4, officer.Id, at);
            await activities.InsertAttachmentAsync(attachment);
            return attachment;
        }

        var abandoned = await FileAsync("bo-do.jpg", now.AddDays(-2));
        var taken = await FileAsync("da-dung.jpg", now.AddDays(-2));
        var fresh = await FileAsync("vua-tai.jpg", now.AddHours(-3));
        var commune = (await services.GetRequiredService<IOrganizationUnitRepository>().FindByCodeAsync("01666", new DateOnly(2020, 9, 1), false))!;
        var activity = new InformationActivity(Guid.CreateVersion7(), officer.Id, now.AddDays(-2));
        activity.Describe(commune, new DateOnly(2020, 9, 1), ActivityForm.Leaflets, "Phát tờ rơi", 30, taken.Id, new DateOnly(2026, 11, 29));
        await activities.InsertAsync(activity);
        await services.GetRequiredService<ITrainingUnitOfWork>().SaveChangesAsync();

        await new ActivityAttachmentCleanupQuartzJob(activities, services.GetRequiredService<ITrainingUnitOfWork>(), new FakeTimeProvider(now))
            .Execute(Mock.Of<IJobExecutionContext>(), CancellationToken.None);

        await using var read = _services.CreateScope();
        var db = read.ServiceProvider.GetRequiredService<TrainingDbContext>();
        (await db.ActivityAttachments.Select(a => a.FileName).OrderBy(n => n).ToListAsync()).ShouldBe(["da-dung.jpg", "vua-tai.jpg"]);
        (await db.Blobs.AnyAsync(b => b.Id == abandoned.BlobId)).ShouldBeFalse();
        (await db.Blobs.AnyAsync(b => b.Id == taken.BlobId)).ShouldBeTrue();
        (await db.Blobs.AnyAsync(b => b.Id == fresh.BlobId)).ShouldBeTrue();
    }
}
