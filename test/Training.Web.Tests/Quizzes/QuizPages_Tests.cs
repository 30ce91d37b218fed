using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Training.Web.Pages.Quizzes;
using Training.Web.Tests.Pages;

namespace Training.Web.Tests.Quizzes;

/// <summary>The authoring pages as a form without script posts them: option rows left blank, true/false rows, a fixed list
/// typed as numbers, times typed in Cao Bằng time.</summary>
public class QuizPages_Tests(TrainingWebApplicationFactory factory) : IClassFixture<TrainingWebApplicationFactory>
{
    [Fact]
    public async Task A_Trainer_Writes_Questions_And_A_Fixed_Quiz_On_The_Pages()
    {
        var api = await factory.CreateBearerClientAsync("trainer@demo.local");
        var course = await QuizApi_Tests.CourseAsync(api, "QZ-PAGES", quizRequired: true);
        var pages = new PageClient(factory);
        await pages.SignInAsync("trainer@demo.local", Training.Data.DemoDataSeeder.DemoPassword);

        // Blank rows are not options; "save and add another" comes back to an empty form in the same topic.
        var single = await pages.PostFormAsync($"/Quizzes/Question/{course}", new Dictionary<string, string>
        {
            ["Input.Category"] = "Chung/Pháp luật", ["Input.Type"] = "SingleChoice", ["Input.Text"] = "<p>Cơ quan thường trực?</p>",
            ["Input.Options[0].Text"] = "Sở Y tế", ["Input.Options[1].Text"] = "", ["Input.Options[2].Text"] = "Sở Lao động - Thương binh và Xã hội",
            ["Input.Options[2].IsCorrect"] = "true", ["Input.Options[3].Text"] = " ", ["another"] = "true",
        });
        single.StatusCode.ShouldBe(HttpStatusCode.Redirect, await single.Content.ReadAsStringAsync());
        var again = single.Headers.Location!.OriginalString;
        again.ShouldStartWith($"/Quizzes/Question/{course}?");
        (await pages.Http.GetStringAsync(again)).ShouldContain("value=\"Chung/Pháp luật\"");

        // A true/false question's two rows are "Đúng" and "Sai", whatever was typed in them.
        var trueFalse = await pages.PostFormAsync(again, new Dictionary<string, string>
        {
            ["Input.Category"] = "Chung/Pháp luật", ["Input.Type"] = "TrueFalse", ["Input.Text"] = "<p>Mua dâm bị nghiêm cấm.</p>",
            ["Input.Options[0].Text"] = "", ["Input.Options[0].IsCorrect"] = "true", ["Input.Options[1].Text"] = "x", ["Input.Options[2].Text"] = "thừa",
        });
        trueFalse.Headers.Location!.OriginalString.ShouldBe($"/Quizzes/Bank/{course}");
        var bank = (await JsonAsync(api, $"/api/training/courses/{course}/questions")).EnumerateArray().ToList();
        bank.Select(q => q.GetProperty("options").EnumerateArray().Select(o => (o.GetProperty("text").GetString(), o.GetProperty("isCorrect").GetBoolean())).ToList())
            .ShouldBe([[("Sở Y tế", false), ("Sở Lao động - Thương binh và Xã hội", true)], [("Đúng", true), ("Sai", false)]]);

        // Saving an edited question and adding another opens an empty form, not the edited question again.
        var edited = await pages.PostFormAsync($"/Quizzes/Question/{course}/{Id(bank[1])}", new Dictionary<string, string>
        {
            ["Input.Category"] = "Chung/Pháp luật", ["Input.Type"] = "TrueFalse", ["Input.Text"] = "<p>Mua dâm bị nghiêm cấm.</p>",
            ["Input.Options[0].Id"] = bank[1].GetProperty("options")[0].GetProperty("id").GetString()!, ["Input.Options[0].IsCorrect"] = "true",
            ["Input.Options[1].Id"] = bank[1].GetProperty("options")[1].GetProperty("id").GetString()!, ["another"] = "true",
        });
        edited.Headers.Location!.OriginalString.ShouldBe($"/Quizzes/Question/{course}?category=Chung%2FPh%C3%A1p%20lu%E1%BA%ADt&type=TrueFalse");

        // A broken rule comes back on the form with what was typed.
        var refused = await pages.PostFormAsync($"/Quizzes/Question/{course}", new Dictionary<string, string>
        {
            ["Input.Type"] = "SingleChoice", ["Input.Text"] = "<p>Không có đáp án đúng</p>", ["Input.Options[0].Text"] = "Một", ["Input.Options[1].Text"] = "Hai",
        });
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var form = await refused.Content.ReadAsStringAsync();
        form.ShouldContain("cần từ 2 đến 10 phương án và ít nhất một đáp án đúng");
        form.ShouldContain("value=\"Hai\"");

        // The bank lists both with their numbers; a fixed list names them by those numbers, in the order typed.
        var list = await pages.Http.GetStringAsync($"/Quizzes/Bank/{course}");
        list.ShouldContain("Câu 2");
        list.ShouldContain("2 phương án, 1 đúng");
        var wrong = await pages.PostFormAsync($"/Quizzes/Edit?courseId={course}", Fields("1-3"));
        wrong.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await wrong.Content.ReadAsStringAsync()).ShouldContain("Hãy ghi số thứ tự câu hỏi từ 1 đến 2");
        var saved = await pages.PostFormAsync($"/Quizzes/Edit?courseId={course}", Fields("2, 1"));
        saved.Headers.Location!.OriginalString.ShouldBe($"/Courses/Details/{course}");
        var quiz = (await JsonAsync(api, $"/api/training/courses/{course}/quizzes"))[0];
        quiz.GetProperty("questionIds").EnumerateArray().Select(i => i.GetString()).ShouldBe([Id(bank[1]), Id(bank[0])]);
        quiz.GetProperty("isFinal").GetBoolean().ShouldBeTrue();
        quiz.GetProperty("opensAt").GetString().ShouldBe("2026-12-05T01:00:00Z", "08:00 in Cao Bằng is 01:00 UTC");

        // Opened again, the form shows what was saved, in the same words; the preview marks the right answers.
        var edit = await pages.Http.GetStringAsync($"/Quizzes/Edit/{Id(quiz)}");
        edit.ShouldContain("value=\"2, 1\"");
        edit.ShouldContain("value=\"2026-12-05T08:00\"");
        var preview = await pages.Http.GetStringAsync($"/Quizzes/Preview/{Id(quiz)}");
        preview.IndexOf("Mua dâm bị nghiêm cấm", StringComparison.Ordinal).ShouldBeLessThan(preview.IndexOf("Cơ quan thường trực", StringComparison.Ordinal));
        preview.ShouldContain("đáp án đúng");
        (await pages.PostFormAsync($"/Courses/Details/{course}", new Dictionary<string, string>(), $"/Courses/Details/{course}?handler=Publish"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await JsonAsync(api, $"/api/training/courses/{course}")).GetProperty("status").GetString().ShouldBe("Published");
    }

    [Theory]
    [InlineData("1-3, 7", 10, new[] { 1, 2, 3, 7 })]
    [InlineData("5–3;9", 10, new[] { 5, 4, 3, 9 })]
    [InlineData(" 2 ", 2, new[] { 2 })]
    [InlineData("0", 10, null)]
    [InlineData("11", 10, null)]
    [InlineData("1-", 10, null)]
    [InlineData("một", 10, null)]
    [InlineData("", 10, null)]
    [InlineData("1-5000,1-5000", 5000, null)]
    public void Question_Numbers_Read_As_Typed_Within_The_Bank(string text, int bankSize, int[]? expected)
    {
        var read = QuizForm.TryReadNumbers(text, bankSize, out var numbers);

        read.ShouldBe(expected is not null);
        if (expected is not null)
        {
            numbers.ShouldBe(expected);
            QuizForm.TryReadNumbers(QuizForm.NumbersOf(numbers), bankSize, out var again).ShouldBeTrue();
            again.ShouldBe((IEnumerable<int>)expected, "what the page writes back reads the same");
        }
    }

    private static Dictionary<string, string> Fields(string numbers) => new()
    {
        ["Input.Title"] = "Kiểm tra cuối khoá", ["Input.IsFinal"] = "true", ["Input.Draws"] = "false", ["Input.Numbers"] = numbers,
        ["Input.PassPercent"] = "80", ["Input.QuestionsPerPage"] = "5", ["Input.Review"] = "Correctness", ["Input.OpensAt"] = "2026-12-05T08:00",
        ["Input.Draw[0].Category"] = "", ["Input.Draw[0].Count"] = "",
    };

    private static string Id(JsonElement element) => element.GetProperty("id").GetString()!;

    private static async Task<JsonElement> JsonAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
