using Microsoft.Extensions.Time.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using Quartz;
using Training.Courses;
using Training.Localization;
using Training.Notifications;
using Training.Rosters;

namespace Training.Application.Tests.Courses;

public class SessionReminder_Tests : IDisposable
{
    private readonly TrainingTestServices _services = new(TestDatabase.SqliteInMemory());

    public void Dispose() => _services.Dispose();

    [Fact]
    public async Task Those_Enrolled_Are_Reminded_Once_The_Day_Before_In_The_App_And_By_Mail()
    {
        await _services.SignInAsAsync("admin@demo.local");
        Guid sessionId;
        StaffMemberDto withAccount;
        await using (var scope = _services.CreateScope())
        {
            var staff = scope.ServiceProvider.GetRequiredService<IStaffMemberAppService>();
            withAccount = await staff.CreateAsync(new CreateStaffMemberDto { FullName = "Hà Thị Nga", UnitCode = "01669", Email = "nga@caobang.vn", ActiveFrom = new DateOnly(2020, 3, 6) });
            var withoutAccount = await staff.CreateAsync(new CreateStaffMemberDto { FullName = "Lý Văn Hùng", UnitCode = "01669", ActiveFrom = new DateOnly(2020, 3, 6) });
            (await scope.ServiceProvider.GetRequiredService<ILearnerAccountAppService>().CreateAsync(new CreateLearnerAccountsDto([withAccount.Id]))).Created.Count.ShouldBe(1);
            var courses = scope.ServiceProvider.GetRequiredService<ICourseAppService>();
            var course = await courses.CreateAsync(new SaveCourseDto { Code = "NHAC-1", Title = "Khoá nhắc lịch" });
            var sessions = scope.ServiceProvider.GetRequiredService<ITrainingSessionAppService>();
            var session = await sessions.CreateAsync(new CreateSessionDto
            {
                CourseId = course.Id, Title = "Lớp Đức Long", OrganizerUnitCode = "051", Venue = "UBND xã Đức Long", Capacity = 10,
                Days = [new DateOnly(2020, 8, 20), new DateOnly(2020, 8, 21)],
            });
            await sessions.EnrollAsync(session.Id, new EnrollStaffDto { StaffIds = [withAccount.Id, withoutAccount.Id] });
            sessionId = session.Id;
        }

        var clock = new FakeTimeProvider(new DateTimeOffset(2020, 8, 19, 0, 30, 0, TimeSpan.Zero)); // 07:30 in Cao Bằng
        var email = new Mock<IEmailSender>();
        email.SetupGet(e => e.IsConfigured).Returns(true);
        for (var run = 0; run < 2; run++)
        {
            await using var scope = _services.CreateScope();
            var p = scope.ServiceProvider;
            await new SessionReminderQuartzJob(p.GetRequiredService<ITrainingSessionRepository>(), p.GetRequiredService<IStaffMemberRepository>(),
                    p.GetRequiredService<INotificationRepository>(), email.Object, p.GetRequiredService<ITrainingUnitOfWork>(),
                    p.GetRequiredService<IStringLocalizer<TrainingResource>>(), clock, NullLogger<SessionReminderQuartzJob>.Instance)
                .Execute(Mock.Of<IJobExecutionContext>(), CancellationToken.None);
        }

        await using var read = _services.CreateScope();
        var user = (await read.ServiceProvider.GetRequiredService<IStaffMemberRepository>().FindAsync(withAccount.Id))!.UserId!.Value;
        var inbox = await read.ServiceProvider.GetRequiredService<INotificationRepository>().GetUnreadAsync(user, 10);
        inbox.ShouldHaveSingleItem().DedupKey.ShouldBe($"session-reminder:{sessionId}:2020-08-20");
        inbox[0].ArgumentList.ShouldBe(["Lớp Đức Long", "20/08/2020", "UBND xã Đức Long"]);
        email.Verify(e => e.SendAsync("nga@caobang.vn", "Nhắc lịch tập huấn ngày mai",
            "Nhắc lịch: lớp tập huấn \"Lớp Đức Long\" học vào ngày mai, 20/08/2020, tại UBND xã Đức Long.", It.IsAny<CancellationToken>()), Times.Once);
        email.Verify(e => e.SendAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Once);
    }
}
