using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Training.Web.Tests.Security;

namespace Training.Web.Tests.Quizzes;

/// <summary>A published course with two questions — single choice, and multiple choice with partial credit — and its final quiz.</summary>
internal sealed record QuizScenario(string Code, string CourseId, string QuizId, Question Single, Question Multiple)
{
    /// <summary>Other quizzes of the version (not final), with the same questions and settings.</summary>
    public IReadOnlyList<string> OtherQuizIds { get; init; } = [];

    /// <param name="rule">The course's completion rule (the quiz is required in it or not).</param>
    /// <param name="quiz">Settings over the defaults: 15 minutes, pass at 50%, two attempts, one question a page, answers shown after.</param>
    /// <param name="others">How many other quizzes like it to add.</param>
    /// <param name="issuesCertificate">Whether passing earns a certificate.</param>
    public static async Task<QuizScenario> PublishAsync(HttpClient trainer, string code, object rule, Dictionary<string, object?>? quiz = null, int others = 0,
        bool issuesCertificate = false)
    {
        var courseId = (await trainer.PostAsJsonAsync("/api/training/courses", new
        {
            code, title = "Phòng, chống tệ nạn xã hội – kiểm tra", description = "Cho cán bộ cơ sở", audienceRoles = Array.Empty<string>(),
            completionRule = rule, certificateValidityMonths = 24, qualifiesForCoverage = true, issuesCertificate,
        }).JsonAsync(HttpStatusCode.Created)).Id();
        await trainer.PostAsJsonAsync($"/api/training/courses/{courseId}/lessons", new { title = "Bài 1", body = "<p>Nội dung</p>" })
            .JsonAsync(HttpStatusCode.Created);
        var single = await trainer.PostAsJsonAsync($"/api/training/courses/{courseId}/questions", new
        {
            category = "Pháp luật", type = "SingleChoice", text = "<p>Văn bản nào quy định về phòng, chống mại dâm?</p>", explanation = "<p>Pháp lệnh năm 2003.</p>",
            options = new[] { new { text = "Pháp lệnh Phòng, chống mại dâm", isCorrect = true }, new { text = "Luật Giao thông", isCorrect = false } },
        }).JsonAsync(HttpStatusCode.Created);
        var multiple = await trainer.PostAsJsonAsync($"/api/training/courses/{courseId}/questions", new
        {
            category = "Kỹ năng", type = "MultipleChoice", text = "<p>Những việc nào là truyền thông?</p>", partialCredit = true,
            options = new[]
            {
                new { text = "Họp dân", isCorrect = true }, new { text = "Phát tờ rơi", isCorrect = true },
                new { text = "Xử phạt", isCorrect = false }, new { text = "Bắt giữ", isCorrect = false },
            },
        }).JsonAsync(HttpStatusCode.Created);
        var settings = new Dictionary<string, object?>
        {
            ["title"] = "Kiểm tra cuối khoá", ["isFinal"] = true, ["questionIds"] = new[] { single.Id(), multiple.Id() }, ["shuffleQuestions"] = false,
            ["shuffleOptions"] = true, ["timeLimitMinutes"] = 15, ["passPercent"] = 50, ["maxAttempts"] = 2, ["questionsPerPage"] = 1,
            ["review"] = "AnswersAndExplanations",
        };
        foreach (var (key, value) in quiz ?? [])
        {
            settings[key] = value;
        }

        var quizId = (await trainer.PostAsJsonAsync($"/api/training/courses/{courseId}/quizzes", settings).JsonAsync(HttpStatusCode.Created)).Id();
        settings["isFinal"] = false;
        var otherIds = new List<string>();
        for (var i = 0; i < others; i++)
        {
            settings["title"] = $"Ôn tập {i + 1}";
            otherIds.Add((await trainer.PostAsJsonAsync($"/api/training/courses/{courseId}/quizzes", settings).JsonAsync(HttpStatusCode.Created)).Id());
        }

        await trainer.PostAsync($"/api/training/courses/{courseId}/publish", null).JsonAsync(HttpStatusCode.OK);
        return new QuizScenario(code, courseId, quizId, Question.Of(single), Question.Of(multiple)) { OtherQuizIds = otherIds };
    }
}

/// <param name="Right">The right options' ids; <paramref name="Wrong"/> the others'.</param>
internal sealed record Question(string Id, string[] Right, string[] Wrong)
{
    public static Question Of(JsonElement question)
    {
        var options = question.GetProperty("options").EnumerateArray().ToList();
        return new Question(question.Id(),
            options.Where(o => o.GetProperty("isCorrect").GetBoolean()).Select(o => o.Id()).ToArray(),
            options.Where(o => !o.GetProperty("isCorrect").GetBoolean()).Select(o => o.Id()).ToArray());
    }
}
