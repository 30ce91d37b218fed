using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Training.Web.Tests.Quizzes;

/// <summary>
/// Issue 15's "done when", through the API: the bank and the quizzes of a draft, 409 on a published version, a new version
/// carrying both with remapped ids, and what publishing asks of them.
/// </summary>
public class QuizApi_Tests(TrainingWebApplicationFactory factory) : IClassFixture<TrainingWebApplicationFactory>
{
    [Fact]
    public async Task Questions_And_Quizzes_Of_A_Draft_Are_Created_Read_Changed_And_Deleted()
    {
        var trainer = await factory.CreateBearerClientAsync("trainer@demo.local");
        var course = await CourseAsync(trainer, "QZ-CRUD", quizRequired: false);

        var single = await SendAsync(trainer.PostAsJsonAsync($"/api/training/courses/{course}/questions",
            Single("Chung/Pháp luật", "<p>Luật nào quy định về phòng, chống mại dâm?</p><script>alert(1)</script>")), HttpStatusCode.Created);
        single.GetProperty("text").GetString().ShouldBe("<p>Luật nào quy định về phòng, chống mại dâm?</p>", "the text is sanitised as a lesson body");
        single.GetProperty("category").GetString().ShouldBe("Chung/Pháp luật");
        var trueFalse = await SendAsync(trainer.PostAsJsonAsync($"/api/training/courses/{course}/questions", new
        {
            category = "chung / PHÁP LUẬT", type = "TrueFalse", text = "<p>Mua dâm là vi phạm pháp luật.</p>", explanation = "<p>Điều 22.</p>",
            options = new[] { new { text = "x", isCorrect = true }, new { text = "y", isCorrect = false } },
        }), HttpStatusCode.Created);
        trueFalse.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("text").GetString()).ShouldBe(["Đúng", "Sai"]);
        trueFalse.GetProperty("category").GetString().ShouldBe("chung/PHÁP LUẬT");
        var multiple = await SendAsync(trainer.PostAsJsonAsync($"/api/training/courses/{course}/questions", new
        {
            category = "Kỹ năng", type = "MultipleChoice", text = "<p>Những việc nào là truyền thông?</p>", partialCredit = true,
            options = new[] { new { text = "Họp dân", isCorrect = true }, new { text = "Phát tờ rơi", isCorrect = true }, new { text = "Xử phạt", isCorrect = false } },
        }), HttpStatusCode.Created);

        var bank = await GetAsync(trainer, $"/api/training/courses/{course}/questions");
        bank.EnumerateArray().Select(q => q.GetProperty("id").GetString()).ShouldBe([Id(single), Id(trueFalse), Id(multiple)], "a plain array in bank order");
        (await GetAsync(trainer, $"/api/training/courses/{course}/questions/{Id(multiple)}")).GetProperty("partialCredit").GetBoolean().ShouldBeTrue();

        // Options sent with their id keep it: answers of later attempts will name them.
        var firstOption = single.GetProperty("options")[0].GetProperty("id").GetString();
        var changed = await SendAsync(trainer.PutAsJsonAsync($"/api/training/courses/{course}/questions/{Id(single)}", new
        {
            category = "Chung/Pháp luật", type = "SingleChoice", text = "<p>Văn bản nào quy định về phòng, chống mại dâm?</p>",
            options = new object[] { new { id = firstOption, text = "Pháp lệnh Phòng, chống mại dâm 2003", isCorrect = true }, new { text = "Luật Đất đai", isCorrect = false } },
        }), HttpStatusCode.OK);
        changed.GetProperty("options")[0].GetProperty("id").GetString().ShouldBe(firstOption);
        changed.GetProperty("options")[1].GetProperty("id").GetString().ShouldNotBe(single.GetProperty("options")[1].GetProperty("id").GetString());

        var fixedQuiz = await SendAsync(trainer.PostAsJsonAsync($"/api/training/courses/{course}/quizzes",
            Quiz("Kiểm tra giữa khoá", isFinal: true, questionIds: [Id(multiple), Id(single)])), HttpStatusCode.Created);
        fixedQuiz.GetProperty("questionIds").EnumerateArray().Select(i => i.GetString()).ShouldBe([Id(multiple), Id(single)], "a fixed list keeps its order");
        var drawQuiz = await SendAsync(trainer.PostAsJsonAsync($"/api/training/courses/{course}/quizzes",
            Quiz("Kiểm tra cuối khoá", isFinal: true, draw: [new { category = "Chung", count = 2 }])), HttpStatusCode.Created);
        (await GetAsync(trainer, $"/api/training/quizzes/{Id(fixedQuiz)}")).GetProperty("isFinal").GetBoolean().ShouldBeFalse("one final quiz per version");
        (await GetAsync(trainer, $"/api/training/courses/{course}/quizzes")).EnumerateArray().First().GetProperty("id").GetString().ShouldBe(Id(drawQuiz));

        await SendAsync(trainer.PutAsJsonAsync($"/api/training/quizzes/{Id(drawQuiz)}", Quiz("Kiểm tra cuối khoá (sửa)", isFinal: true,
            draw: [new { category = "chung", count = 1 }, new { category = "Kỹ năng", count = 1 }])), HttpStatusCode.OK);
        (await trainer.DeleteAsync($"/api/training/courses/{course}/questions/{Id(single)}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await GetAsync(trainer, $"/api/training/quizzes/{Id(fixedQuiz)}")).GetProperty("questionIds").EnumerateArray().Select(i => i.GetString())
            .ShouldBe([Id(multiple)], "a deleted question leaves the fixed lists");
        (await trainer.DeleteAsync($"/api/training/quizzes/{Id(fixedQuiz)}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await trainer.GetAsync($"/api/training/quizzes/{Id(fixedQuiz)}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await trainer.GetAsync($"/api/training/courses/{course}/questions/{Id(single)}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // A reviewer reads the questions, not the answers; a learner reads nothing of the bank.
        var reviewer = await factory.CreateBearerClientAsync("reviewer@demo.local");
        var seen = (await GetAsync(reviewer, $"/api/training/courses/{course}/questions")).EnumerateArray().ToList();
        seen.ShouldAllBe(q => q.GetProperty("explanation").ValueKind == JsonValueKind.Null);
        seen.SelectMany(q => q.GetProperty("options").EnumerateArray()).ShouldAllBe(o => o.GetProperty("isCorrect").ValueKind == JsonValueKind.Null);
        var learner = await factory.CreateBearerClientAsync("learner@demo.local");
        (await learner.GetAsync($"/api/training/courses/{course}/questions")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await reviewer.PostAsJsonAsync($"/api/training/courses/{course}/questions", Single("A", "<p>B</p>"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Bad_Questions_And_Quizzes_Answer_400_Naming_The_Field()
    {
        var trainer = await factory.CreateBearerClientAsync("trainer@demo.local");
        var course = await CourseAsync(trainer, "QZ-BAD", quizRequired: false);
        var url = $"/api/training/courses/{course}/questions";

        await BadAsync(trainer.PostAsJsonAsync(url, new { type = "SingleChoice", text = "<p>Hai đáp án đúng?</p>",
            options = new[] { new { text = "A", isCorrect = true }, new { text = "B", isCorrect = true } } }), "options");
        await BadAsync(trainer.PostAsJsonAsync(url, new { type = "MultipleChoice", text = "<p>Không đáp án đúng?</p>",
            options = new[] { new { text = "A", isCorrect = false }, new { text = "B", isCorrect = false } } }), "options");
        await BadAsync(trainer.PostAsJsonAsync(url, new { type = "SingleChoice", text = "<p>Phương án rỗng</p>",
            options = new[] { new { text = "A", isCorrect = true }, new { text = " ", isCorrect = false } } }), "options[1].text");
        await BadAsync(trainer.PostAsJsonAsync(url, new { type = 0, text = "<p>Loại là số</p>", options = Array.Empty<object>() }), "type");
        await BadAsync(trainer.PostAsJsonAsync(url, new { type = "SingleChoice", text = "<script>x</script>",
            options = new[] { new { text = "A", isCorrect = true }, new { text = "B", isCorrect = false } } }), "text");
        await BadAsync(trainer.PostAsJsonAsync(url, Single(new string('x', 65), "<p>Chủ đề dài</p>")), "category");
        await BadAsync(trainer.PostAsync(url, new StringContent("""{"type":"SingleChoice","text":"<p>Rỗng</p>","options":[null]}""",
            System.Text.Encoding.UTF8, "application/json")), "options[0]");

        var created = await SendAsync(trainer.PostAsJsonAsync(url, Single("Chung", "<p>Câu hỏi</p>")), HttpStatusCode.Created);
        var question = Id(created);
        var option = created.GetProperty("options")[0].GetProperty("id").GetString();
        await BadAsync(trainer.PutAsJsonAsync($"{url}/{question}", new { type = "SingleChoice", text = "<p>Một phương án gửi hai lần</p>",
            options = new[] { new { id = option, text = "A", isCorrect = true }, new { id = option, text = "B", isCorrect = false } } }), "options[1].id");
        var quizzes = $"/api/training/courses/{course}/quizzes";
        (await BadAsync(trainer.PostAsJsonAsync(quizzes, Quiz("Cả hai", false, questionIds: [question], draw: [new { category = "Chung", count = 1 }])), "questionIds"))
            .ShouldContain("Training:QuizQuestionsInvalid");
        await BadAsync(trainer.PostAsJsonAsync(quizzes, Quiz("Không có gì", false)), "questionIds");
        await BadAsync(trainer.PostAsJsonAsync(quizzes, Quiz("Câu lạ", false, questionIds: [Guid.NewGuid().ToString()])), "questionIds");
        await BadAsync(trainer.PostAsJsonAsync(quizzes, Quiz("Hai lần", false, questionIds: [question, question])), "questionIds");
        await BadAsync(trainer.PostAsJsonAsync(quizzes, Quiz("Rút 0", false, draw: [new { category = "Chung", count = 0 }])), "draw");
        await BadAsync(trainer.PostAsJsonAsync(quizzes, Quiz("Rút chồng", false,
            draw: [new { category = "Chung", count = 1 }, new { category = "chung/Pháp luật", count = 1 }])), "draw");
        await BadAsync(trainer.PostAsJsonAsync(quizzes, new { title = "Đóng trước mở", questionIds = new[] { question }, opensAt = "2026-12-10T00:00:00Z",
            closesAt = "2026-12-09T00:00:00Z" }), "closesAt");
        await BadAsync(trainer.PostAsJsonAsync(quizzes, new { title = "Chấm lạ", questionIds = new[] { question }, review = "Everything" }), "review");
        await BadAsync(trainer.PostAsJsonAsync(quizzes, new { title = "Ngày kiểu Việt", questionIds = new[] { question }, opensAt = "02/12/2026" }), "opensAt");
        await BadAsync(trainer.PostAsync(quizzes, new StringContent("""{"title":"Rút rỗng","draw":[null]}""", System.Text.Encoding.UTF8, "application/json")),
            "draw[0]");
    }

    [Fact]
    public async Task A_Published_Version_Is_Changed_Through_Its_Next_Draft_Which_Carries_The_Bank_And_The_Quizzes()
    {
        var trainer = await factory.CreateBearerClientAsync("trainer@demo.local");
        var course = await CourseAsync(trainer, "QZ-VER", quizRequired: true);
        var questions = $"/api/training/courses/{course}/questions";
        var a = Id(await SendAsync(trainer.PostAsJsonAsync(questions, Single("Chung/Pháp luật", "<p>Câu A</p>")), HttpStatusCode.Created));
        var b = Id(await SendAsync(trainer.PostAsJsonAsync(questions, Single("Chung/Kỹ năng", "<p>Câu B</p>")), HttpStatusCode.Created));
        var final = Id(await SendAsync(trainer.PostAsJsonAsync($"/api/training/courses/{course}/quizzes", Quiz("Cuối khoá", true, questionIds: [b, a])),
            HttpStatusCode.Created));
        var practice = Id(await SendAsync(trainer.PostAsJsonAsync($"/api/training/courses/{course}/quizzes",
            Quiz("Ôn tập", false, draw: [new { category = "chung", count = 2 }])), HttpStatusCode.Created));
        await SendAsync(trainer.PostAsync($"/api/training/courses/{course}/publish", null), HttpStatusCode.OK);

        (await trainer.PutAsJsonAsync($"{questions}/{a}", Single("Chung", "<p>Sửa</p>"))).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await trainer.DeleteAsync($"{questions}/{a}")).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var conflict = await trainer.PutAsJsonAsync($"/api/training/quizzes/{final}", Quiz("Cuối khoá", true, questionIds: [a]));
        conflict.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await conflict.Content.ReadAsStringAsync()).ShouldContain("Training:CourseNotDraft");
        (await trainer.DeleteAsync($"/api/training/quizzes/{practice}")).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        // A question posted under the published id goes to the next draft, which copies the bank and the quizzes.
        var added = await SendAsync(trainer.PostAsJsonAsync(questions, Single("Chung", "<p>Câu C</p>")), HttpStatusCode.Created);
        var draft = added.GetProperty("courseId").GetString()!;
        draft.ShouldNotBe(course);
        var draftBank = (await GetAsync(trainer, $"/api/training/courses/{draft}/questions")).EnumerateArray().ToList();
        draftBank.Select(q => q.GetProperty("text").GetString()).ShouldBe(["<p>Câu A</p>", "<p>Câu B</p>", "<p>Câu C</p>"]);
        draftBank.Select(q => q.GetProperty("id").GetString()).ShouldNotContain(a);
        var copies = draftBank.Take(2).Select(q => q.GetProperty("id").GetString()).ToList();
        var draftQuizzes = (await GetAsync(trainer, $"/api/training/courses/{draft}/quizzes")).EnumerateArray().ToList();
        draftQuizzes.Select(q => (q.GetProperty("title").GetString(), q.GetProperty("isFinal").GetBoolean())).ShouldBe([("Cuối khoá", true), ("Ôn tập", false)]);
        draftQuizzes[0].GetProperty("id").GetString().ShouldNotBe(final);
        draftQuizzes[0].GetProperty("questionIds").EnumerateArray().Select(i => i.GetString()).ShouldBe([copies[1], copies[0]], "the fixed list names the copies");
        draftQuizzes[1].GetProperty("draw")[0].GetProperty("count").GetInt32().ShouldBe(2);

        // A final quiz posted under the published id joins the draft and ends the copied one's being final.
        // Its fixed list names the questions the client sees under the published id; the draft holds their copies.
        var newFinal = await SendAsync(trainer.PostAsJsonAsync($"/api/training/courses/{course}/quizzes", Quiz("Cuối khoá mới", true, questionIds: [a])),
            HttpStatusCode.Created);
        newFinal.GetProperty("courseId").GetString().ShouldBe(draft);
        newFinal.GetProperty("questionIds").EnumerateArray().Select(i => i.GetString()).ShouldBe([copies[0]]);
        (await GetAsync(trainer, $"/api/training/courses/{draft}/quizzes")).EnumerateArray().Count(q => q.GetProperty("isFinal").GetBoolean()).ShouldBe(1);

        // The published version is untouched; the draft publishes with its final quiz.
        (await GetAsync(trainer, $"/api/training/courses/{course}/questions")).GetArrayLength().ShouldBe(2);
        await SendAsync(trainer.PostAsync($"/api/training/courses/{draft}/publish", null), HttpStatusCode.OK);

        // The first version is archived now: a question posted under its id starts a draft from the version learners see.
        var third = await SendAsync(trainer.PostAsJsonAsync(questions, Single("Chung", "<p>Câu D</p>")), HttpStatusCode.Created);
        (await GetAsync(trainer, $"/api/training/courses/{third.GetProperty("courseId").GetString()}/questions")).EnumerateArray()
            .Select(q => q.GetProperty("text").GetString()).ShouldBe(["<p>Câu A</p>", "<p>Câu B</p>", "<p>Câu C</p>", "<p>Câu D</p>"]);
    }

    [Fact]
    public async Task Publishing_Refuses_A_Missing_Final_Quiz_And_A_Draw_Larger_Than_Its_Category()
    {
        var trainer = await factory.CreateBearerClientAsync("trainer@demo.local");
        var course = await CourseAsync(trainer, "QZ-PUB", quizRequired: true);
        var questions = $"/api/training/courses/{course}/questions";
        await SendAsync(trainer.PostAsJsonAsync(questions, Single("Chung/Pháp luật", "<p>Câu 1</p>")), HttpStatusCode.Created);
        await SendAsync(trainer.PostAsJsonAsync(questions, Single("Chung/Pháp luật/Mại dâm", "<p>Câu 2</p>")), HttpStatusCode.Created);
        await SendAsync(trainer.PostAsJsonAsync(questions, Single("Kỹ năng", "<p>Câu 3</p>")), HttpStatusCode.Created);

        var missing = await trainer.PostAsync($"/api/training/courses/{course}/publish", null);
        missing.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await missing.Content.ReadAsStringAsync()).ShouldContain("Training:CourseQuizMissing");

        // "Chung/Pháp luật" holds two questions, its sub-category's included: a draw of three is too many.
        var quiz = Id(await SendAsync(trainer.PostAsJsonAsync($"/api/training/courses/{course}/quizzes",
            Quiz("Cuối khoá", true, draw: [new { category = "chung/phap luat", count = 3 }])), HttpStatusCode.Created));
        var tooMany = await trainer.PostAsync($"/api/training/courses/{course}/publish", null);
        tooMany.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await tooMany.Content.ReadAsStringAsync()).ShouldContain("Training:QuizTooFewQuestions");

        await SendAsync(trainer.PutAsJsonAsync($"/api/training/quizzes/{quiz}", Quiz("Cuối khoá", true,
            draw: [new { category = "chung/phap luat", count = 2 }, new { category = "Kỹ năng", count = 1 }])), HttpStatusCode.OK);

        // A fixed list whose last question was deleted leaves a quiz nobody can take.
        var lone = Id(await SendAsync(trainer.PostAsJsonAsync(questions, Single("Ôn tập", "<p>Câu 4</p>")), HttpStatusCode.Created));
        var practice = Id(await SendAsync(trainer.PostAsJsonAsync($"/api/training/courses/{course}/quizzes", Quiz("Ôn tập", false, questionIds: [lone])),
            HttpStatusCode.Created));
        (await trainer.DeleteAsync($"{questions}/{lone}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var empty = await trainer.PostAsync($"/api/training/courses/{course}/publish", null);
        empty.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await empty.Content.ReadAsStringAsync()).ShouldContain("Training:QuizHasNoQuestions");
        (await trainer.DeleteAsync($"/api/training/quizzes/{practice}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await SendAsync(trainer.PostAsync($"/api/training/courses/{course}/publish", null), HttpStatusCode.OK)).GetProperty("status").GetString().ShouldBe("Published");
    }

    [Fact]
    public async Task The_Categories_Say_What_A_Draw_Takes_And_A_Preview_Draws_As_A_Learner_Would_With_The_Answers()
    {
        var trainer = await factory.CreateBearerClientAsync("trainer@demo.local");
        var course = await CourseAsync(trainer, "QZ-PREVIEW", quizRequired: false);
        var questions = $"/api/training/courses/{course}/questions";
        var law = new List<string>();
        foreach (var (category, text) in new[] { ("Chung/Pháp luật", "<p>Câu 1</p>"), ("chung/phap luat", "<p>Câu 2</p>"), ("Chung/Pháp luật/Xử phạt", "<p>Câu 3</p>") })
        {
            law.Add(Id(await SendAsync(trainer.PostAsJsonAsync(questions, Single(category, text)), HttpStatusCode.Created)));
        }

        var skill = Id(await SendAsync(trainer.PostAsJsonAsync(questions, new
        {
            category = "Kỹ năng", type = "TrueFalse", text = "<p>Câu 4</p>", explanation = "<p>Vì sao.</p>",
            options = new[] { new { text = "Đúng", isCorrect = false }, new { text = "Sai", isCorrect = true } },
        }), HttpStatusCode.Created));

        // "Chung" holds no question itself, yet a draw may name it: it takes its sub-categories'. Labels differing in case and marks are one.
        (await GetAsync(trainer, $"{questions}/categories")).EnumerateArray()
            .Select(c => (c.GetProperty("category").GetString(), c.GetProperty("count").GetInt32(), c.GetProperty("total").GetInt32()))
            .ShouldBe([("Chung", 0, 3), ("Chung/Pháp luật", 2, 3), ("Chung/Pháp luật/Xử phạt", 1, 1), ("Kỹ năng", 1, 1)]);

        var quiz = Id(await SendAsync(trainer.PostAsJsonAsync($"/api/training/courses/{course}/quizzes", new
        {
            title = "Thử", draw = new[] { new { category = "Chung", count = 2 }, new { category = "Kỹ năng", count = 1 } }, shuffleOptions = true, questionsPerPage = 2,
        }), HttpStatusCode.Created));
        for (var sitting = 0; sitting < 5; sitting++)
        {
            var preview = await GetAsync(trainer, $"/api/training/quizzes/{quiz}/preview");
            var drawn = preview.GetProperty("questions").EnumerateArray().ToList();
            drawn.Select(q => q.GetProperty("page").GetInt32()).ShouldBe([1, 1, 2], "two questions a page");
            var ids = drawn.Select(q => q.GetProperty("question").GetProperty("id").GetString()!).ToList();
            ids.Take(2).ShouldAllBe(id => law.Contains(id), "the first draw takes from Chung and its sub-categories");
            ids.Distinct().Count().ShouldBe(3);
            ids[2].ShouldBe(skill);
            var trueFalse = drawn[2].GetProperty("question");
            trueFalse.GetProperty("options").EnumerateArray().Select(o => (o.GetProperty("text").GetString(), o.GetProperty("isCorrect").GetBoolean()))
                .ShouldBe([("Đúng", false), ("Sai", true)], "true/false keeps its order; the author sees the right option");
            trueFalse.GetProperty("explanation").GetString().ShouldBe("<p>Vì sao.</p>");
            preview.GetProperty("shortfalls").GetArrayLength().ShouldBe(0);
        }

        // A draw larger than its category shows what the category holds, and says what publishing will refuse.
        await SendAsync(trainer.PutAsJsonAsync($"/api/training/quizzes/{quiz}", Quiz("Thử", false, draw: [new { category = "Kỹ năng", count = 2 }])), HttpStatusCode.OK);
        var short_ = await GetAsync(trainer, $"/api/training/quizzes/{quiz}/preview");
        short_.GetProperty("questions").GetArrayLength().ShouldBe(1);
        short_.GetProperty("shortfalls")[0].GetProperty("category").GetString().ShouldBe("Kỹ năng");

        // The preview shows the answers: for authors only.
        (await (await factory.CreateBearerClientAsync("reviewer@demo.local")).GetAsync($"/api/training/quizzes/{quiz}/preview")).StatusCode
            .ShouldBe(HttpStatusCode.Forbidden);
        (await (await factory.CreateBearerClientAsync("learner@demo.local")).GetAsync($"/api/training/quizzes/{quiz}/preview")).StatusCode
            .ShouldBe(HttpStatusCode.Forbidden);
    }

    private static object Single(string category, string text) => new
    {
        category, type = "SingleChoice", text, explanation = "<p>Xem tài liệu bài 1.</p>",
        options = new[] { new { text = "Pháp lệnh Phòng, chống mại dâm", isCorrect = true }, new { text = "Luật Giao thông", isCorrect = false } },
    };

    private static object Quiz(string title, bool isFinal, string[]? questionIds = null, object[]? draw = null) => new
    {
        title, isFinal, questionIds = questionIds ?? [], draw = draw ?? [], shuffleQuestions = true, shuffleOptions = true, timeLimitMinutes = 20,
        passPercent = 80, maxAttempts = 3, questionsPerPage = 5, review = "AnswersAndExplanations",
    };

    internal static async Task<string> CourseAsync(HttpClient trainer, string code, bool quizRequired)
    {
        var id = Id(await SendAsync(trainer.PostAsJsonAsync("/api/training/courses", new
        {
            code, title = "Kỹ năng phòng, chống tệ nạn xã hội", description = "Cho cán bộ cơ sở", audienceRoles = Array.Empty<string>(),
            completionRule = new { allLessons = true, minAttendancePercent = (int?)null, quizRequired }, certificateValidityMonths = 24, qualifiesForCoverage = false,
        }), HttpStatusCode.Created));
        await SendAsync(trainer.PostAsJsonAsync($"/api/training/courses/{id}/lessons", new { title = "Bài 1", body = "<p>Nội dung</p>" }), HttpStatusCode.Created);
        return id;
    }

    private static string Id(JsonElement element) => element.GetProperty("id").GetString()!;

    private static async Task<JsonElement> GetAsync(HttpClient client, string url) => await SendAsync(client.GetAsync(url), HttpStatusCode.OK);

    private static async Task<string> BadAsync(Task<HttpResponseMessage> sending, string field)
    {
        var response = await sending;
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
        body.ShouldContain($"\"{field}\"", Case.Insensitive, body);
        return body;
    }

    private static async Task<JsonElement> SendAsync(Task<HttpResponseMessage> sending, HttpStatusCode expected)
    {
        var response = await sending;
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, body);
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }
}
