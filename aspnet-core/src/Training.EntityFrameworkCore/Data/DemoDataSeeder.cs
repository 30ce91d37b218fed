using Microsoft.AspNetCore.Identity;
using Training.Identity;
using Training.OrganizationUnits;
using Training.Rosters;

namespace Training.Data;

/// <summary>Demo accounts for Development (password <see cref="DemoPassword"/>), listed in README, and a small roster of
/// Hoà An so that the officer, trainer and learner have people to work with, and plan 552/KH-UBND of 2020 with a partly
/// trained roster in several districts, and information activities in some of their communes, so that the coverage dashboard
/// says something on a first look.</summary>
public sealed class DemoDataSeeder(UserManager<TrainingUser> userManager, IOrganizationUnitRepository units,
    StaffMemberManager staffManager, Training.Courses.CourseManager courseManager, Training.Quizzes.QuizManager quizManager,
    Training.Courses.ICompletionRepository completions,
    Training.Coverage.ICoveragePlanRepository plans, Training.Activities.IActivityRepository activities, TimeProvider clock, ITrainingUnitOfWork unitOfWork)
{
    public const string DemoPassword = "Demo@2020";
    public const string HoaAnDistrictCode = "051";
    public const string NuocHaiCommuneCode = "01654";
    public const int RosterSize = 40;

    public static readonly IReadOnlyList<(string Email, string DisplayName, string Role)> Users =
    [
        ("admin@demo.local", "Quản trị hệ thống", TrainingRoles.Admin),
        ("trainer@demo.local", "Nông Thị Hằng", TrainingRoles.Trainer),
        ("reviewer@demo.local", "Hoàng Văn Đức", TrainingRoles.Reviewer),
        ("officer@demo.local", "Bế Thị Lan", TrainingRoles.UnitOfficer),
        ("learner@demo.local", "Lục Văn Thắng", TrainingRoles.Learner),
    ];

    private static readonly DateOnly AsOf = new(2020, 3, 6);
    private static readonly string[] HoaAnCommunes = ["01675", "01687", "01696", "01699", "01702", "01708", "01711", "01714", "01723"];
    private static readonly string[] Families = ["Nông", "Hoàng", "Bế", "Đàm", "Lý", "Triệu", "Lương", "Hà"];
    private static readonly string[] Givens = ["Hằng", "Thắng", "Lan", "Đức", "Hoà", "Mai", "Tuấn", "Nga", "Dũng", "Ánh"];

    /// <summary>Districts beside Hoà An with people on the plan, and the share of them trained by the end of 2020 (in tenths).</summary>
    private static readonly (string Code, int TrainedTenths)[] PlanDistricts = [("040", 8), ("045", 5), ("047", 3), ("053", 1)];

    public const string PlanName = "Kế hoạch 552/KH-UBND năm 2020";

    /// <param name="withRoster">Also the learner's own roster record and a demo roster of Hoà An (<see cref="RosterSize"/> people, in
    /// communes the tests leave alone).</param>
    public async Task SeedAsync(bool withRoster, CancellationToken cancellationToken = default)
    {
        var province = await FindAsync(OrganizationUnitDataSeeder.ProvinceCode);
        var hoaAn = await FindAsync(HoaAnDistrictCode);
        var nuocHai = await FindAsync(NuocHaiCommuneCode);
        foreach (var (email, displayName, role) in Users)
        {
            if (await userManager.FindByNameAsync(email) is not null)
            {
                continue;
            }

            var user = new TrainingUser(Guid.CreateVersion7(), email, email, displayName) { EmailConfirmed = true };
            user.AssignOrganizationUnit(role switch
            {
                TrainingRoles.UnitOfficer => hoaAn.Id,
                TrainingRoles.Learner => nuocHai.Id,
                _ => province.Id,
            });
            IdentityDataSeeder.Check(await userManager.CreateAsync(user, DemoPassword));
            IdentityDataSeeder.Check(await userManager.AddToRoleAsync(user, role));
            if (role == TrainingRoles.Learner && withRoster)
            {
                var learner = await staffManager.CreateAsync(displayName, nuocHai.Id, StaffRole.Collaborator, true, AsOf,
                    new StaffMemberChanges { Gender = FieldChange<Gender?>.Set(Gender.Male), Email = FieldChange<string?>.Set(email) }, cancellationToken);
                learner.LinkUser(user.Id);
                await SeedRosterAsync(cancellationToken);
                var course = await SeedCourseAsync((await userManager.FindByNameAsync("trainer@demo.local"))!.Id, cancellationToken);
                await SeedPlanAsync(province, course, cancellationToken);
            }
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);

        async Task<OrganizationUnit> FindAsync(string code) =>
            await units.FindByCodeAsync(code, AsOf, fallBackToLatest: false, cancellationToken)
            ?? throw new InvalidOperationException($"Unit {code} is not seeded.");
    }

    /// <summary>One published online course with a small question bank and a final quiz drawn from it, so that the learner's
    /// catalogue and the trainer's quiz pages are not empty on a first look. Passing the quiz is not required yet.</summary>
    private async Task<Training.Courses.Course> SeedCourseAsync(Guid trainerId, CancellationToken cancellationToken)
    {
        var course = await courseManager.CreateAsync("PCMD-CS-2020", trainerId, cancellationToken);
        course.Describe("Phòng, chống mại dâm cho cán bộ cơ sở", "Kiến thức pháp luật và kỹ năng tuyên truyền cho cán bộ xã, phường, thị trấn (Kế hoạch 552/KH-UBND).",
            [], new Training.Courses.CompletionRule(AllLessons: true, MinAttendancePercent: null, QuizRequired: false), 24, qualifiesForCoverage: true,
            issuesCertificate: true);
        course.AddLesson("Bài 1: Văn bản pháp luật về phòng, chống mại dâm",
            "<p>Pháp lệnh Phòng, chống mại dâm năm 2003 và các văn bản hướng dẫn; trách nhiệm của chính quyền cấp xã.</p>", null);
        course.AddLesson("Bài 2: Kỹ năng tuyên truyền tại cơ sở",
            "<p>Chuẩn bị nội dung, lựa chọn hình thức phù hợp với đồng bào dân tộc thiểu số, phối hợp với các đoàn thể.</p>", null);
        await quizManager.AddQuestionsAsync(course, DemoQuestions, cancellationToken);
        await quizManager.SaveQuizAsync(course, null, "Kiểm tra cuối khoá", isFinal: true, [],
            [new Training.Quizzes.QuizDraw(LawCategory, 3), new Training.Quizzes.QuizDraw(OutreachCategory, 2)],
            new Training.Quizzes.QuizSettings(ShuffleQuestions: false, ShuffleOptions: true, TimeLimitMinutes: 15, PassPercent: 80, MaxAttempts: 3, null, null,
                QuestionsPerPage: 3, Training.Quizzes.QuizReview.AnswersAndExplanations), cancellationToken);
        await courseManager.PublishAsync(course, clock.GetUtcNow(), cancellationToken);
        return course;
    }

    /// <summary>Plan 552 and people in four districts beside Hoà An, part of them trained (completions dated from April to
    /// November 2020), so that districts differ on the dashboard. Hoà An's roster has trained nobody yet: the tests that
    /// share the demo data record its completions themselves.</summary>
    private async Task SeedPlanAsync(OrganizationUnit province, Training.Courses.Course course, CancellationToken cancellationToken)
    {
        var plan = new Training.Coverage.CoveragePlan(Guid.CreateVersion7(), new Training.Coverage.CoveragePlanTerms(PlanName, AsOf, new DateOnly(2020, 12, 31),
            province.Code, [], [course.Code], 100, 100, null, Training.Coverage.CoverageConsts.DefaultReportDueDays, null, "CQ-SLDTBXH"));
        await plans.InsertAsync(plan, cancellationToken);
        var people = new List<(StaffMember Person, bool Trained)>();
        await SeedActivitiesAsync([(await units.FindByCodeAsync(HoaAnCommunes[0], AsOf, false, cancellationToken))!], cancellationToken);
        var n = RosterSize;
        foreach (var (code, trainedTenths) in PlanDistricts)
        {
            var district = (await units.FindByCodeAsync(code, AsOf, false, cancellationToken))!;
            var communes = (await units.GetChildrenAsync(district.Id, AsOf, OrganizationUnitKind.Commune, cancellationToken)).Take(3).ToList();
            await SeedActivitiesAsync(communes.Take(trainedTenths > 3 ? 2 : 1), cancellationToken);
            for (var i = 0; i < 15; i++, n++)
            {
                var person = await staffManager.CreateAsync($"{Families[n % Families.Length]} {(n % 2 == 0 ? "Thị" : "Văn")} {Givens[n / 3 % Givens.Length]}",
                    communes[i % communes.Count].Id, (StaffRole)(n % 5), inScope: true, AsOf, new StaffMemberChanges
                    {
                        Gender = FieldChange<Gender?>.Set(n % 2 == 0 ? Gender.Female : Gender.Male),
                        Ethnicity = FieldChange<string?>.Set(n % 3 == 0 ? "Tày" : n % 3 == 1 ? "Nùng" : "Kinh"),
                    }, cancellationToken);
                people.Add((person, i * 10 < trainedTenths * 15));
            }
        }

        var day = 0;
        foreach (var (person, _) in people.Where(p => p.Trained && p.Person.InScope))
        {
            await completions.InsertAsync(new Training.Courses.CourseCompletion(Guid.CreateVersion7(), person.Id, course.Id, course.Code,
                new DateOnly(2020, 4, 1).AddDays(day++ * 7 % 220), null, clock.GetUtcNow()), cancellationToken);
        }
    }

    private static readonly (Training.Activities.ActivityForm Form, string Title, int? Participants)[] DemoActivities =
    [
        (Training.Activities.ActivityForm.CommunityMeeting, "Họp dân tuyên truyền Pháp lệnh Phòng, chống mại dâm", 62),
        (Training.Activities.ActivityForm.LoudspeakerBroadcast, "Phát thanh về phòng, chống mại dâm trên loa truyền thanh xã", null),
        (Training.Activities.ActivityForm.SchoolTalk, "Nói chuyện chuyên đề tại trường Trung học cơ sở", 180),
    ];

    private async Task SeedActivitiesAsync(IEnumerable<OrganizationUnit> communes, CancellationToken cancellationToken)
    {
        var i = 0;
        foreach (var commune in communes)
        {
            var (form, title, participants) = DemoActivities[i % DemoActivities.Length];
            var activity = new Training.Activities.InformationActivity(Guid.CreateVersion7(), null, clock.GetUtcNow());
            activity.Describe(commune, new DateOnly(2020, 5 + i * 2, 12), form, title, participants, null, Training.Timing.BusinessClock.Today(clock));
            await activities.InsertAsync(activity, cancellationToken);
            i++;
        }
    }

    private const string LawCategory = "Pháp luật";
    private const string OutreachCategory = "Kỹ năng tuyên truyền";

    private static readonly IReadOnlyList<Training.Quizzes.QuestionContent> DemoQuestions =
    [
        Single(LawCategory, "Pháp lệnh Phòng, chống mại dâm được Uỷ ban Thường vụ Quốc hội thông qua năm nào?",
            "Pháp lệnh số 10/2003/PL-UBTVQH11 ngày 14/3/2003.", ("2003", true), ("1995", false), ("2010", false), ("2015", false)),
        TrueOrFalse(LawCategory, "Theo Pháp lệnh Phòng, chống mại dâm, mua dâm là hành vi bị nghiêm cấm.", true),
        new(LawCategory, Training.Quizzes.QuestionType.MultipleChoice, "<p>Những hành vi nào bị nghiêm cấm theo Pháp lệnh Phòng, chống mại dâm?</p>",
            "<p>Điều 4 của Pháp lệnh nghiêm cấm mua dâm, bán dâm, chứa mại dâm, tổ chức và môi giới mại dâm.</p>", PartialCredit: true,
            [new(null, "Mua dâm", true), new(null, "Bán dâm", true), new(null, "Chứa mại dâm", true), new(null, "Tuyên truyền phòng, chống mại dâm", false)]),
        Single(LawCategory, "Cơ quan nào giúp Uỷ ban nhân dân tỉnh theo dõi, tổng hợp công tác phòng, chống mại dâm?", null,
            ("Sở Lao động - Thương binh và Xã hội", true), ("Sở Y tế", false), ("Sở Giáo dục và Đào tạo", false), ("Sở Tài chính", false)),
        Single(OutreachCategory, "Với đồng bào dân tộc thiểu số, hình thức tuyên truyền nào thường hiệu quả nhất?",
            "Nói chuyện trực tiếp, bằng tiếng của đồng bào, tại nơi bà con sinh hoạt giúp thông tin đến đúng người.",
            ("Nói chuyện trực tiếp bằng tiếng dân tộc tại buổi sinh hoạt thôn, bản", true), ("Chỉ gửi văn bản qua thư điện tử", false),
            ("Dán thông báo tại trụ sở huyện", false)),
        TrueOrFalse(OutreachCategory, "Cán bộ xã nên phối hợp với Hội Liên hiệp Phụ nữ và Đoàn Thanh niên khi tổ chức tuyên truyền ở cơ sở.", true),
    ];

    private static Training.Quizzes.QuestionContent Single(string category, string text, string? explanation, params (string Text, bool Right)[] options) =>
        new(category, Training.Quizzes.QuestionType.SingleChoice, $"<p>{text}</p>", explanation is null ? null : $"<p>{explanation}</p>", PartialCredit: false,
            options.Select(o => new Training.Quizzes.QuestionContentOption(null, o.Text, o.Right)).ToList());

    private static Training.Quizzes.QuestionContent TrueOrFalse(string category, string text, bool isTrue) =>
        new(category, Training.Quizzes.QuestionType.TrueFalse, $"<p>{text}</p>", null, PartialCredit: false,
            [new(null, Training.Quizzes.QuizConsts.True, isTrue), new(null, Training.Quizzes.QuizConsts.False, !isTrue)]);

    private async Task SeedRosterAsync(CancellationToken cancellationToken)
    {
        for (var i = 0; i < RosterSize; i++)
        {
            var unit = (await units.FindByCodeAsync(HoaAnCommunes[i % HoaAnCommunes.Length], AsOf, false, cancellationToken))!;
            var middle = i % 2 == 0 ? "Thị" : "Văn";
            await staffManager.CreateAsync($"{Families[i % Families.Length]} {middle} {Givens[i / 4 % Givens.Length]}", unit.Id,
                (StaffRole)(i % 5), inScope: i % 10 != 9, AsOf, new StaffMemberChanges
                {
                    NationalId = FieldChange<string?>.Set($"0041{80 + (i % 20):00}{i:000000}"),
                    Gender = FieldChange<Gender?>.Set(i % 2 == 0 ? Gender.Female : Gender.Male),
                    BirthDate = FieldChange<DateOnly?>.Set(new DateOnly(1965 + i % 30, 1 + i % 12, 1 + i % 28)),
                    Ethnicity = FieldChange<string?>.Set(i % 3 == 0 ? "Tày" : i % 3 == 1 ? "Nùng" : "Kinh"),
                    Phone = FieldChange<string?>.Set($"09{12000000 + i:00000000}"),
                }, cancellationToken);
        }
    }
}
