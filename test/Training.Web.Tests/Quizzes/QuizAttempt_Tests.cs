using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Training.Identity;
using Training.Quizzes;
using Training.Web.Tests.Security;

namespace Training.Web.Tests.Quizzes;

/// <summary>Quizzes 2/2 through the API: start and resume, answers saved and never the right ones shown, submit once, the
/// deadline, the attempts allowed, and the completion a pass records.</summary>
public class QuizAttempt_Tests(TrainingWebApplicationFactory factory) : IClassFixture<TrainingWebApplicationFactory>
{
    private static readonly object QuizOnly = new { allLessons = false, minAttendancePercent = (int?)null, quizRequired = true };

    [Fact]
    public async Task A_Learner_Starts_Resumes_Saves_And_Submits_Without_Ever_Being_Sent_The_Answers()
    {
        var trainer = await factory.CreateBearerClientAsync("trainer@demo.local");
        var quiz = await QuizScenario.PublishAsync(trainer, "KT-LUOT-1", QuizOnly);
        var learner = await factory.CreateBearerClientAsync("learner@demo.local");

        var startResponse = await learner.PostAsync($"/api/training/quizzes/{quiz.QuizId}/attempts", null);
        var startBody = await startResponse.Content.ReadAsStringAsync();
        startResponse.StatusCode.ShouldBe(HttpStatusCode.Created, startBody);
        NoAnswersIn(startBody);
        var started = JsonDocument.Parse(startBody).RootElement;
        var attemptId = started.GetProperty("attemptId").GetString()!;
        started.GetProperty("secondsLeft").GetInt32().ShouldBeInRange(899, 900);
        started.GetProperty("questions").EnumerateArray().Select(q => (q.GetProperty("questionId").GetString(), q.GetProperty("page").GetInt32()))
            .ShouldBe([(quiz.Single.Id, 1), (quiz.Multiple.Id, 2)]);
        started.GetProperty("questions")[1].GetProperty("options").GetArrayLength().ShouldBe(4);

        var again = await learner.PostAsync($"/api/training/quizzes/{quiz.QuizId}/attempts", null).JsonAsync(HttpStatusCode.OK);
        again.GetProperty("attemptId").GetString().ShouldBe(attemptId, "an open attempt is resumed, not doubled");

        var answers = $"/api/training/attempts/{attemptId}/answers";
        var first = await learner.PutAsJsonAsync($"{answers}/{quiz.Single.Id}", new { selectedOptionIds = quiz.Single.Right, clientSeq = 5 })
            .JsonAsync(HttpStatusCode.OK);
        var late = await learner.PutAsJsonAsync($"{answers}/{quiz.Single.Id}", new { selectedOptionIds = quiz.Single.Wrong, clientSeq = 3 })
            .JsonAsync(HttpStatusCode.OK);
        late.GetProperty("savedAt").GetString().ShouldBe(first.GetProperty("savedAt").GetString(), "a late retry is acknowledged, not applied");
        await learner.PutAsJsonAsync($"{answers}/{quiz.Multiple.Id}", new { selectedOptionIds = new[] { quiz.Multiple.Right[0], quiz.Multiple.Wrong[0] } })
            .JsonAsync(HttpStatusCode.OK);
        (await learner.PutAsJsonAsync($"{answers}/{quiz.Multiple.Id}", new { selectedOptionIds = quiz.Single.Right }).JsonAsync(HttpStatusCode.BadRequest))
            .Code().ShouldBe(TrainingErrorCodes.OptionNotInQuestion);
        (await learner.PutAsJsonAsync($"{answers}/{quiz.Multiple.Id}", new { selectedOptionIds = new[] { 1 } }).JsonAsync(HttpStatusCode.BadRequest))
            .GetProperty("errors").TryGetProperty("selectedOptionIds[0]", out _).ShouldBeTrue();
        (await learner.PutAsJsonAsync($"{answers}/{Guid.NewGuid()}", new { selectedOptionIds = Array.Empty<string>() })).StatusCode
            .ShouldBe(HttpStatusCode.NotFound);

        var resumeBody = await (await learner.GetAsync($"/api/training/attempts/{attemptId}")).Content.ReadAsStringAsync();
        NoAnswersIn(resumeBody);
        var resumed = JsonDocument.Parse(resumeBody).RootElement;
        resumed.GetProperty("answers").EnumerateArray().ToDictionary(a => a.GetProperty("questionId").GetString()!,
                a => string.Join(",", a.GetProperty("selectedOptionIds").EnumerateArray().Select(o => o.GetString()!).Order()))
            .ShouldBe(new Dictionary<string, string>
            {
                [quiz.Single.Id] = quiz.Single.Right[0], [quiz.Multiple.Id] = string.Join(",", new[] { quiz.Multiple.Right[0], quiz.Multiple.Wrong[0] }.Order()),
            });

        // Someone else's attempt does not exist for them; an account with no roster link may not start at all.
        await factory.CreateUserAsync("khong-danh-sach@demo.local", [TrainingRoles.Learner], "04");
        var stranger = await factory.CreateBearerClientAsync("khong-danh-sach@demo.local");
        (await stranger.GetAsync($"/api/training/attempts/{attemptId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.PutAsJsonAsync($"{answers}/{quiz.Single.Id}", new { selectedOptionIds = quiz.Single.Wrong })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.PostAsync($"/api/training/attempts/{attemptId}/submit", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.PostAsync($"/api/training/quizzes/{quiz.QuizId}/attempts", null).JsonAsync(HttpStatusCode.Forbidden)).Code()
            .ShouldBe(TrainingErrorCodes.NotOnARoster);
        (await trainer.PostAsync($"/api/training/quizzes/{quiz.QuizId}/attempts", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // Single right (1) + multiple with one right of two and one wrong of two, partial credit (1/2 − 1/2 = 0): 1 of 2, 50%, passed.
        var result = await learner.PostAsync($"/api/training/attempts/{attemptId}/submit", null).JsonAsync(HttpStatusCode.OK);
        result.GetProperty("score").GetDecimal().ShouldBe(1m);
        result.GetProperty("maxScore").GetInt32().ShouldBe(2);
        result.GetProperty("percent").GetDecimal().ShouldBe(50m);
        result.GetProperty("passed").GetBoolean().ShouldBeTrue();
        (await learner.PostAsync($"/api/training/attempts/{attemptId}/submit", null).JsonAsync(HttpStatusCode.OK)).ToString().ShouldBe(result.ToString());
        (await learner.PutAsJsonAsync($"{answers}/{quiz.Single.Id}", new { selectedOptionIds = quiz.Single.Wrong, clientSeq = 9 })
            .JsonAsync(HttpStatusCode.Conflict)).Code().ShouldBe(TrainingErrorCodes.AttemptClosed);

        var graded = await learner.GetAsync($"/api/training/attempts/{attemptId}").JsonAsync(HttpStatusCode.OK);
        var review = graded.GetProperty("review").EnumerateArray().ToDictionary(r => r.GetProperty("questionId").GetString()!);
        review[quiz.Single.Id].GetProperty("correct").GetBoolean().ShouldBeTrue();
        review[quiz.Single.Id].GetProperty("explanation").GetString().ShouldBe("<p>Pháp lệnh năm 2003.</p>");
        review[quiz.Multiple.Id].GetProperty("correctOptionIds").EnumerateArray().Select(o => o.GetString()).Order().ShouldBe(quiz.Multiple.Right.Order());

        // The pass completed the course, today in Cao Bằng; the second attempt is the last the quiz allows.
        var staffId = (await trainer.GetAsync($"/api/training/quizzes/{quiz.QuizId}/attempts").JsonAsync(HttpStatusCode.OK))
            .GetProperty("items")[0].GetProperty("staffId").GetString();
        var officer = await factory.CreateBearerClientAsync("officer@demo.local");
        (await officer.GetAsync($"/api/training/staff/{staffId}/completions").JsonAsync(HttpStatusCode.OK)).EnumerateArray()
            .ShouldContain(c => c.GetProperty("courseCode").GetString() == "KT-LUOT-1"
                && c.GetProperty("completedOn").GetString() == Timing.BusinessClock.Today(TimeProvider.System).ToString("yyyy-MM-dd"));
        var second = await learner.PostAsync($"/api/training/quizzes/{quiz.QuizId}/attempts", null).JsonAsync(HttpStatusCode.Created);
        second.GetProperty("number").GetInt32().ShouldBe(2);
        await learner.PostAsync($"/api/training/attempts/{second.GetProperty("attemptId").GetString()}/submit", null).JsonAsync(HttpStatusCode.OK);
        (await learner.PostAsync($"/api/training/quizzes/{quiz.QuizId}/attempts", null).JsonAsync(HttpStatusCode.Conflict)).Code()
            .ShouldBe(TrainingErrorCodes.NoAttemptsLeft);
        var mine = await learner.GetAsync($"/api/training/quizzes/{quiz.QuizId}/mine").JsonAsync(HttpStatusCode.OK);
        mine.GetProperty("attemptsUsed").GetInt32().ShouldBe(2);
        mine.GetProperty("bestPercent").GetDecimal().ShouldBe(50m);
        mine.GetProperty("passed").GetBoolean().ShouldBeTrue();
        var catalogue = await learner.GetAsync($"/api/training/catalogue/{quiz.CourseId}").JsonAsync(HttpStatusCode.OK);
        catalogue.GetProperty("quizzes")[0].GetProperty("attemptsUsed").GetInt32().ShouldBe(2);

        // The trainer's workbook, read back: both attempts under the official title, in Vietnamese, and the totals.
        var export = await trainer.GetAsync($"/api/training/quizzes/{quiz.QuizId}/attempts/export");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        var rows = WorkbookBuilder.ReadFirstSheet(await export.Content.ReadAsByteArrayAsync(), out _);
        rows.ShouldContain(r => r.Contains("BẢNG KẾT QUẢ BÀI KIỂM TRA"));
        var attemptRows = rows.Where(r => r.Length >= 8 && r[3] is "1" or "2").ToList();
        attemptRows.Select(r => (r[3], r[7])).ShouldBe([("1", "Đạt"), ("2", "Chưa đạt")]);
        rows.ShouldContain(r => r.Contains("Tổng số: 2 lượt làm bài; 1 lượt đạt."));
    }

    [Fact]
    public async Task A_Quiz_Outside_Its_Window_Or_Of_A_Draft_Cannot_Be_Started()
    {
        var trainer = await factory.CreateBearerClientAsync("trainer@demo.local");
        var later = await QuizScenario.PublishAsync(trainer, "KT-CUASO-1", QuizOnly,
            new() { ["opensAt"] = DateTimeOffset.UtcNow.AddDays(3).ToString("O"), ["closesAt"] = DateTimeOffset.UtcNow.AddDays(4).ToString("O") });
        var learner = await factory.CreateBearerClientAsync("learner@demo.local");
        (await learner.PostAsync($"/api/training/quizzes/{later.QuizId}/attempts", null).JsonAsync(HttpStatusCode.Conflict)).Code()
            .ShouldBe(TrainingErrorCodes.QuizNotOpen);
        (await learner.GetAsync($"/api/training/quizzes/{later.QuizId}/mine").JsonAsync(HttpStatusCode.OK)).GetProperty("isOpen").GetBoolean().ShouldBeFalse();

        var draft = await QuizApi_Tests.CourseAsync(trainer, "KT-NHAP-1", quizRequired: false);
        var question = (await trainer.PostAsJsonAsync($"/api/training/courses/{draft}/questions", new
        {
            type = "TrueFalse", text = "<p>Câu nháp</p>", options = new[] { new { text = "Đúng", isCorrect = true }, new { text = "Sai", isCorrect = false } },
        }).JsonAsync(HttpStatusCode.Created)).Id();
        var draftQuiz = (await trainer.PostAsJsonAsync($"/api/training/courses/{draft}/quizzes", new { title = "Nháp", questionIds = new[] { question } })
            .JsonAsync(HttpStatusCode.Created)).Id();
        (await learner.PostAsync($"/api/training/quizzes/{draftQuiz}/attempts", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_Submit_At_1730_UTC_Completes_The_Course_On_The_Next_Day_In_Cao_Bang()
    {
        var trainer = await factory.CreateBearerClientAsync("trainer@demo.local");
        var quiz = await QuizScenario.PublishAsync(trainer, "KT-NGAY-1", QuizOnly);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 3, 17, 20, 0, TimeSpan.Zero));
        await using var host = Clocked(clock);
        var learner = await BearerAsync(host, "learner@demo.local");
        var attempt = (await learner.PostAsync($"/api/training/quizzes/{quiz.QuizId}/attempts", null).JsonAsync(HttpStatusCode.Created))
            .GetProperty("attemptId").GetString();
        await learner.PutAsJsonAsync($"/api/training/attempts/{attempt}/answers/{quiz.Single.Id}", new { selectedOptionIds = quiz.Single.Right })
            .JsonAsync(HttpStatusCode.OK);
        clock.Advance(TimeSpan.FromMinutes(10));

        (await learner.PostAsync($"/api/training/attempts/{attempt}/submit", null).JsonAsync(HttpStatusCode.OK)).GetProperty("passed").GetBoolean().ShouldBeTrue();

        (await CompletionsAsync(quiz)).ShouldBe(["2026-12-04"]);
    }

    [Fact]
    public async Task An_Attempt_Past_Its_Deadline_Is_Graded_By_The_Job_With_What_Was_Saved_Dated_By_The_Deadline()
    {
        var trainer = await factory.CreateBearerClientAsync("trainer@demo.local");
        var quiz = await QuizScenario.PublishAsync(trainer, "KT-HETGIO-1", QuizOnly);

        // Started at 23:55 in Cao Bằng: the deadline is 00:10 the next day, the job comes at 00:20.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 3, 16, 55, 0, TimeSpan.Zero));
        await using var host = Clocked(clock);
        var learner = await BearerAsync(host, "learner@demo.local");
        var started = await learner.PostAsync($"/api/training/quizzes/{quiz.QuizId}/attempts", null).JsonAsync(HttpStatusCode.Created);
        var attempt = started.GetProperty("attemptId").GetString();
        started.GetProperty("deadline").GetDateTimeOffset().ShouldBe(new DateTimeOffset(2026, 12, 3, 17, 10, 0, TimeSpan.Zero));
        await learner.PutAsJsonAsync($"/api/training/attempts/{attempt}/answers/{quiz.Single.Id}", new { selectedOptionIds = quiz.Single.Right })
            .JsonAsync(HttpStatusCode.OK);
        await learner.PutAsJsonAsync($"/api/training/attempts/{attempt}/answers/{quiz.Multiple.Id}", new { selectedOptionIds = quiz.Multiple.Right })
            .JsonAsync(HttpStatusCode.OK);
        clock.Advance(TimeSpan.FromMinutes(15));
        (await learner.PutAsJsonAsync($"/api/training/attempts/{attempt}/answers/{quiz.Multiple.Id}", new { selectedOptionIds = quiz.Multiple.Wrong })
            .JsonAsync(HttpStatusCode.Conflict)).Code().ShouldBe(TrainingErrorCodes.AttemptClosed, "from the deadline on, no grace period");
        clock.Advance(TimeSpan.FromMinutes(10));

        await using (var scope = host.Services.CreateAsyncScope())
        {
            await ActivatorUtilities.CreateInstance<QuizAttemptCloseQuartzJob>(scope.ServiceProvider).Execute(null!, CancellationToken.None);
        }

        var graded = await learner.GetAsync($"/api/training/attempts/{attempt}").JsonAsync(HttpStatusCode.OK);
        graded.GetProperty("result").GetProperty("percent").GetDecimal().ShouldBe(100m);
        (await CompletionsAsync(quiz)).ShouldBe(["2026-12-04"]);
        (await trainer.GetAsync($"/api/training/quizzes/{quiz.QuizId}/attempts").JsonAsync(HttpStatusCode.OK)).GetProperty("items")[0]
            .GetProperty("submittedAt").GetDateTimeOffset().ShouldBe(new DateTimeOffset(2026, 12, 3, 17, 10, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task Quiz_And_Attendance_Complete_The_Course_On_Whichever_Came_Last()
    {
        var trainer = await factory.CreateBearerClientAsync("trainer@demo.local");
        var quiz = await QuizScenario.PublishAsync(trainer, "KT-LOP-1", new { allLessons = false, minAttendancePercent = 100, quizRequired = true });
        var learner = await factory.CreateBearerClientAsync("learner@demo.local");
        var staffId = await LearnerStaffIdAsync();
        var session = (await trainer.PostAsJsonAsync("/api/training/sessions", new
        {
            courseId = quiz.CourseId, title = "Lớp tập huấn có kiểm tra", mode = "InPerson", organizerUnitCode = "04", venue = "Hội trường", capacity = 10,
            days = new[] { "2026-11-30", "2026-12-01" },
        }).JsonAsync(HttpStatusCode.Created)).Id();
        await trainer.PostAsJsonAsync($"/api/training/sessions/{session}/enrollments", new { staffIds = new[] { staffId } }).JsonAsync(HttpStatusCode.OK);
        await trainer.PutAsJsonAsync($"/api/training/sessions/{session}/attendance", new { date = "2026-11-30", presentStaffIds = new[] { staffId } })
            .JsonAsync(HttpStatusCode.OK);
        await trainer.PutAsJsonAsync($"/api/training/sessions/{session}/attendance", new { date = "2026-12-01", presentStaffIds = new[] { staffId } })
            .JsonAsync(HttpStatusCode.OK);
        (await CompletionsAsync(quiz)).ShouldBeEmpty("the quiz is not passed yet");

        var attempt = (await learner.PostAsync($"/api/training/quizzes/{quiz.QuizId}/attempts", null).JsonAsync(HttpStatusCode.Created))
            .GetProperty("attemptId").GetString();
        await learner.PutAsJsonAsync($"/api/training/attempts/{attempt}/answers/{quiz.Single.Id}", new { selectedOptionIds = quiz.Single.Right })
            .JsonAsync(HttpStatusCode.OK);
        await learner.PostAsync($"/api/training/attempts/{attempt}/submit", null).JsonAsync(HttpStatusCode.OK);

        (await CompletionsAsync(quiz)).ShouldBe([Timing.BusinessClock.Today(TimeProvider.System).ToString("yyyy-MM-dd")], "the pass came after the attendance");
    }

    [Fact]
    public async Task A_Quiz_Passed_Before_The_Session_Completes_The_Course_On_The_Day_Attendance_Reaches_The_Share()
    {
        var trainer = await factory.CreateBearerClientAsync("trainer@demo.local");
        var quiz = await QuizScenario.PublishAsync(trainer, "KT-LOP-2", new { allLessons = false, minAttendancePercent = 50, quizRequired = true });
        var staffId = await LearnerStaffIdAsync();
        var session = (await trainer.PostAsJsonAsync("/api/training/sessions", new
        {
            courseId = quiz.CourseId, title = "Lớp tập huấn sau khi kiểm tra", mode = "InPerson", organizerUnitCode = "04", venue = "Hội trường", capacity = 10,
            days = new[] { "2026-12-10", "2026-12-11" },
        }).JsonAsync(HttpStatusCode.Created)).Id();
        await trainer.PostAsJsonAsync($"/api/training/sessions/{session}/enrollments", new { staffIds = new[] { staffId } }).JsonAsync(HttpStatusCode.OK);
        var learner = await factory.CreateBearerClientAsync("learner@demo.local");
        var attempt = (await learner.PostAsync($"/api/training/quizzes/{quiz.QuizId}/attempts", null).JsonAsync(HttpStatusCode.Created))
            .GetProperty("attemptId").GetString();
        await learner.PutAsJsonAsync($"/api/training/attempts/{attempt}/answers/{quiz.Single.Id}", new { selectedOptionIds = quiz.Single.Right })
            .JsonAsync(HttpStatusCode.OK);
        await learner.PostAsync($"/api/training/attempts/{attempt}/submit", null).JsonAsync(HttpStatusCode.OK);
        (await CompletionsAsync(quiz)).ShouldBeEmpty("the session has not met yet");

        await trainer.PutAsJsonAsync($"/api/training/sessions/{session}/attendance", new { date = "2026-12-10", presentStaffIds = new[] { staffId } })
            .JsonAsync(HttpStatusCode.OK);

        (await CompletionsAsync(quiz)).ShouldBe(["2026-12-10"], "half the days attended, after the pass");
    }

    private WebApplicationFactory<Program> Clocked(TimeProvider clock) =>
        factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.Replace(ServiceDescriptor.Singleton(clock))));

    private static async Task<HttpClient> BearerAsync(WebApplicationFactory<Program> host, string email)
    {
        var client = host.CreateClient();
        var token = await client.PostAsJsonAsync("/api/identity/login", new { email, password = Training.Data.DemoDataSeeder.DemoPassword })
            .JsonAsync(HttpStatusCode.OK);
        client.DefaultRequestHeaders.Authorization = new("Bearer", token.GetProperty("accessToken").GetString());
        return client;
    }

    private async Task<string> LearnerStaffIdAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<TrainingUser>>();
        var user = await users.FindByEmailAsync("learner@demo.local");
        return (await scope.ServiceProvider.GetRequiredService<Training.Rosters.IStaffMemberRepository>().FindByUserIdAsync(user!.Id))!.Id.ToString();
    }

    private async Task<string[]> CompletionsAsync(QuizScenario quiz)
    {
        var officer = await factory.CreateBearerClientAsync("officer@demo.local");
        return (await officer.GetAsync($"/api/training/staff/{await LearnerStaffIdAsync()}/completions").JsonAsync(HttpStatusCode.OK)).EnumerateArray()
            .Where(c => c.GetProperty("courseCode").GetString() == quiz.Code).Select(c => c.GetProperty("completedOn").GetString()!).ToArray();
    }

    /// <summary>Neither which options are right nor an explanation, under any name.</summary>
    private static void NoAnswersIn(string json)
    {
        json.ShouldNotContain("isCorrect", Case.Insensitive);
        json.ShouldNotContain("correctOptionIds", Case.Insensitive);
        json.ShouldNotContain("explanation", Case.Insensitive);
        json.ShouldNotContain("Pháp lệnh năm 2003");
        json.ShouldContain("\"review\":null");
    }
}
