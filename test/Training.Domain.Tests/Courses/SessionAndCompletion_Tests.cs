using Microsoft.Extensions.Time.Testing;
using Moq;
using Training.Courses;
using Training.Rosters;

namespace Training.Domain.Tests.Courses;

/// <summary>A session's places and waiting list, its attendance, and the completions the course's rule grants from it.</summary>
public class SessionAndCompletion_Tests
{
    private static readonly Guid HoaAn = Guid.NewGuid();
    private static readonly DateOnly Day1 = new(2020, 11, 5);
    private static readonly DateOnly Day2 = new(2020, 11, 6);

    private static async Task<Course> CourseAsync(int? minAttendancePercent)
    {
        var repository = new Mock<ICourseRepository>();
        repository.Setup(r => r.CodeExistsAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync(false);
        var course = await new CourseManager(repository.Object, Mock.Of<ITrainingSessionRepository>(),
            new Training.Quizzes.QuizManager(Mock.Of<Training.Quizzes.IQuestionRepository>(), Mock.Of<Training.Quizzes.IQuizRepository>())).CreateAsync("PCMD-2020", Guid.NewGuid());
        course.Describe("Phòng, chống mại dâm", null, [], new CompletionRule(false, minAttendancePercent, false), null, true, issuesCertificate: false);
        return course;
    }

    [Fact]
    public async Task Places_Fill_In_Order_And_The_First_Waiting_Takes_A_Freed_Place()
    {
        var session = TrainingSession.Plan(await CourseAsync(100), "Lớp", SessionMode.InPerson, HoaAn, null, null, 2, [Day1]);
        var clock = new FakeTimeProvider(new DateTimeOffset(2020, 10, 1, 1, 0, 0, TimeSpan.Zero));
        var people = Enumerable.Range(0, 4).Select(_ => Guid.NewGuid()).ToList();
        var versions = new HashSet<Guid> { session.Version };
        foreach (var person in people)
        {
            session.Enroll(person, clock.GetUtcNow());
            versions.Add(session.Version);
            clock.Advance(TimeSpan.FromMinutes(1));
        }

        session.Enroll(people[0], clock.GetUtcNow()).ShouldBeNull();
        session.WaitingList.Select(e => e.StaffMemberId).ShouldBe([people[2], people[3]]);
        (session.PlacesTaken, session.Waitlisted).ShouldBe((2, 2));
        session.Withdraw(people[1])!.StaffMemberId.ShouldBe(people[2]);
        versions.Add(session.Version);

        session.Enrollments.Where(e => e.HoldsAPlace).Select(e => e.StaffMemberId).ShouldBe([people[0], people[2]], ignoreOrder: true);
        session.WaitingList.Single().StaffMemberId.ShouldBe(people[3]);
        (session.PlacesTaken, session.Waitlisted).ShouldBe((2, 1));
        session.Withdraw(people[3]).ShouldBeNull();
        versions.Add(session.Version);
        (session.PlacesTaken, session.Waitlisted).ShouldBe((2, 0));
        versions.Count.ShouldBe(7);
    }

    [Fact]
    public async Task Attendance_On_Every_Day_Completes_Dated_The_Last_Day_And_The_Last_Day_Closes_The_Rest()
    {
        var course = await CourseAsync(100);
        var session = TrainingSession.Plan(course, "Lớp hai ngày", SessionMode.InPerson, HoaAn, null, null, 10, [Day1, Day2]);
        var clock = new FakeTimeProvider(new DateTimeOffset(2020, 11, 5, 1, 0, 0, TimeSpan.Zero));
        var (both, firstOnly) = (Guid.NewGuid(), Guid.NewGuid());
        session.Enroll(both, clock.GetUtcNow());
        session.Enroll(firstOnly, clock.GetUtcNow());
        var completions = new Mock<ICompletionRepository>();
        completions.Setup(c => c.GetCompletedStaffAsync(course.Id, It.IsAny<IReadOnlyCollection<Guid>>(), It.IsAny<DateOnly>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        var manager = new CompletionManager(completions.Object, Mock.Of<ITrainingSessionRepository>(), NoCertificates(completions.Object));

        var afterDay1 = await manager.RecordAttendanceAsync(session, course, Day1, [both, firstOnly], null, clock.GetUtcNow());
        clock.Advance(TimeSpan.FromDays(1));
        var afterDay2 = await manager.RecordAttendanceAsync(session, course, Day2, [both], null, clock.GetUtcNow());

        afterDay1.ShouldBeEmpty();
        var completion = afterDay2.ShouldHaveSingleItem();
        completion.StaffMemberId.ShouldBe(both);
        completion.CompletedOn.ShouldBe(Day2);
        completion.RecordedAt.ShouldBe(clock.GetUtcNow());
        session.Enrollments.Single(e => e.StaffMemberId == both).Status.ShouldBe(EnrollmentStatus.Completed);
        session.Enrollments.Single(e => e.StaffMemberId == firstOnly).Status.ShouldBe(EnrollmentStatus.Failed);
        completions.Verify(c => c.InsertAsync(completion, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task An_Organiser_Marks_Only_Its_Own_People_And_Leaves_The_Others_As_They_Were()
    {
        var course = await CourseAsync(null);
        var session = TrainingSession.Plan(course, "Lớp", SessionMode.InPerson, HoaAn, null, null, 10, [Day1]);
        var (own, other) = (Guid.NewGuid(), Guid.NewGuid());
        session.Enroll(own, DateTimeOffset.UnixEpoch);
        session.Enroll(other, DateTimeOffset.UnixEpoch);
        var manager = new CompletionManager(Mock.Of<ICompletionRepository>(), Mock.Of<ITrainingSessionRepository>(), NoCertificates(Mock.Of<ICompletionRepository>()));
        await manager.RecordAttendanceAsync(session, course, Day1, [other], null, DateTimeOffset.UnixEpoch);

        await manager.RecordAttendanceAsync(session, course, Day1, [own], new HashSet<Guid> { own }, DateTimeOffset.UnixEpoch);

        session.Enrollments.ShouldAllBe(e => e.AttendedDays.Contains(Day1));
        Should.Throw<TrainingException>(() => session.Change("Lớp", (SessionMode)9, null, null, 10, [Day1])).Field.ShouldBe("mode");
    }

    [Fact]
    public async Task A_Course_Names_The_Field_Of_A_Broken_Rule()
    {
        var course = await CourseAsync(100);

        Should.Throw<TrainingException>(() => course.Describe("x", null, [], new CompletionRule(false, 0, false), null, true, issuesCertificate: false)).Field
            .ShouldBe("completionRule.minAttendancePercent");
        Should.Throw<TrainingException>(() => course.Describe("x", null, [(StaffRole)99], new CompletionRule(false, 100, false), null, true, issuesCertificate: false)).Field
            .ShouldBe("audienceRoles");
        Should.Throw<TrainingException>(() => course.Describe(" ", null, [], new CompletionRule(false, 100, false), null, true, issuesCertificate: false)).Code
            .ShouldBe(TrainingErrorCodes.CourseTitleRequired);
    }

    /// <summary>The courses here grant none: the manager must not reach the certificates' repositories.</summary>
    private static Training.Certificates.CertificateManager NoCertificates(ICompletionRepository completions) => new(
        Mock.Of<Training.Certificates.ICertificateRepository>(MockBehavior.Strict), Mock.Of<Training.Certificates.ICertificateSettingsRepository>(MockBehavior.Strict),
        Mock.Of<Training.Rosters.IStaffMemberRepository>(MockBehavior.Strict), Mock.Of<Training.OrganizationUnits.IOrganizationUnitRepository>(MockBehavior.Strict),
        Mock.Of<ITrainingSessionRepository>(MockBehavior.Strict), completions);
}
