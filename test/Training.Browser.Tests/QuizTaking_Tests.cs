using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Training.Browser.Tests;

/// <summary>
/// A learner takes the demo course's final quiz (five questions, three a page) on a 360 px phone: with script, through a
/// reload and a dropped connection, every choice kept; and without script, as a plain form. Neither page carries the right
/// answers while the attempt is open.
/// </summary>
public class QuizTaking_Tests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly ViewportSize Phone = new() { Width = 360, Height = 740 };

    /// <summary>Words of the explanation of an outreach question: both of that topic are drawn into every sitting, so they are
    /// shown after grading, and never while the attempt is open.</summary>
    private const string ExplanationWords = "Nói chuyện trực tiếp, bằng tiếng của đồng bào";

    [ChromiumFact]
    public async Task With_Script_Every_Choice_Is_Saved_Through_A_Reload_And_A_Lost_Connection()
    {
        var page = await browser.NewPageAsync(viewport: Phone);
        await PageList.SignInAsync(page, "learner@demo.local", "/Learn");
        await StartAsync(page);
        var questions = page.Locator("fieldset[data-question]");
        (await questions.CountAsync()).ShouldBe(3);

        // Each choice is saved as it is made.
        await SavedAsync(page, () => questions.Nth(0).Locator("label.quiz-option").First.ClickAsync());
        await SavedAsync(page, () => questions.Nth(1).Locator("label.quiz-option").Nth(1).ClickAsync());
        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldBe("Đã lưu ✓");

        // A reload in the middle shows them chosen, from the server.
        await page.ReloadAsync(new() { WaitUntil = WaitUntilState.Commit });
        await questions.First.WaitForAsync();
        (await questions.Nth(0).Locator("input").First.IsCheckedAsync()).ShouldBeTrue();
        (await questions.Nth(1).Locator("input").Nth(1).IsCheckedAsync()).ShouldBeTrue();

        // The connection drops: the page says the answer is not saved and keeps it; it is sent when the connection returns.
        await page.Context.SetOfflineAsync(true);
        await questions.Nth(2).Locator("label.quiz-option").First.ClickAsync();
        await page.GetByText("Chưa lưu, đang thử lại…").WaitForAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "training-attempt-offline.png"), FullPage = true });
        var resent = page.WaitForResponseAsync(r => r.Url.Contains("/answers/", StringComparison.Ordinal) && r.Status == 200, new() { Timeout = 60_000 });
        await page.Context.SetOfflineAsync(false);
        await resent;
        await page.GetByText("Đã lưu ✓").WaitForAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Trang sau" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("page=2$"), new() { WaitUntil = WaitUntilState.Commit });
        await page.GetByText("Trang 2/2").WaitForAsync();
        (await questions.CountAsync()).ShouldBe(2);
        await SavedAsync(page, () => questions.Nth(0).Locator("label.quiz-option").Last.ClickAsync());
        await SavedAsync(page, () => questions.Nth(1).Locator("label.quiz-option").First.ClickAsync());

        // Every answer is on the server: another browser, without this one's storage, shows all five.
        var elsewhere = await browser.NewPageAsync(viewport: Phone);
        var attempt = new Uri(page.Url).AbsolutePath;
        await PageList.SignInAsync(elsewhere, "learner@demo.local", attempt);
        (await AnsweredAsync(elsewhere, attempt + "?page=1")).ShouldBe(3);
        (await AnsweredAsync(elsewhere, attempt + "?page=2")).ShouldBe(2);
        await elsewhere.Context.CloseAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Nộp bài" }).ClickAsync();
        await page.WaitForURLAsync("**/Learn/Attempt/*/Result", new() { WaitUntil = WaitUntilState.Commit });
        await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).WaitForAsync();
        var result = await page.Locator("main").InnerTextAsync();
        result.ShouldContain("Xem lại bài làm");
        result.ShouldContain(ExplanationWords, Case.Sensitive, "the demo quiz shows answers and explanations after grading");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "training-attempt-result.png"), FullPage = true });
    }

    [ChromiumFact]
    public async Task Without_Script_The_Quiz_Is_A_Plain_Form_That_Posts_Each_Page()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = browser.BaseUrl, JavaScriptEnabled = false, ViewportSize = Phone, Locale = "vi-VN",
        });
        var page = await context.NewPageAsync();
        await PageList.SignInAsync(page, "learner@demo.local", "/Learn");
        await StartAsync(page);
        var questions = page.Locator("fieldset[data-question]");
        await ChooseFirstOfEachAsync(questions);
        await page.GetByRole(AriaRole.Button, new() { Name = "Trang sau" }).ClickAsync();
        await page.GetByText("Trang 2/2").WaitForAsync();
        await ChooseFirstOfEachAsync(questions);

        // Going back shows the first page's answers: the move posted them.
        await page.GetByRole(AriaRole.Button, new() { Name = "Trang trước" }).ClickAsync();
        await page.GetByText("Trang 1/2").WaitForAsync();
        (await page.Locator("fieldset[data-question] input:checked").CountAsync()).ShouldBe(3);
        await page.GetByRole(AriaRole.Button, new() { Name = "Trang sau" }).ClickAsync();
        await page.GetByText("Trang 2/2").WaitForAsync();
        (await page.GetByText("Bạn đã trả lời 5/5 câu.").CountAsync()).ShouldBe(1, "the second page's answers were posted with the move back");
        await page.GetByRole(AriaRole.Button, new() { Name = "Nộp bài" }).ClickAsync();
        await page.WaitForURLAsync("**/Learn/Attempt/*/Result", new() { WaitUntil = WaitUntilState.Commit });
        await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).WaitForAsync();
        (await page.Locator("main").InnerTextAsync()).ShouldMatch(@"Điểm [\d,]+/5");
        await context.CloseAsync();
    }

    private static async Task StartAsync(IPage page)
    {
        await page.GotoAsync("/Learn");
        await page.GetByRole(AriaRole.Link, new() { Name = "Phòng, chống mại dâm cho cán bộ cơ sở" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Kiểm tra cuối khoá" }).ClickAsync();

        // The other test of the class may have taken it first, or left an attempt open when it failed.
        var start = page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^(Bắt đầu làm bài|Làm lại)$") })
            .Or(page.GetByRole(AriaRole.Link, new() { Name = "Làm tiếp bài đang làm" }));
        await start.First.ClickAsync();

        // The questions, not the load event: the page's script starts saving and counting at once.
        await page.WaitForURLAsync("**/Learn/Attempt/**", new() { WaitUntil = WaitUntilState.Commit });
        await page.Locator("fieldset[data-question]").First.WaitForAsync();
        (await page.Locator(".validation-summary-errors").CountAsync()).ShouldBe(0);
        var html = await page.ContentAsync();
        html.ShouldNotContain(ExplanationWords);
        html.ShouldNotContain("isCorrect", Case.Insensitive);
        (await page.Locator(".badge", new() { HasText = "đáp án đúng" }).CountAsync()).ShouldBe(0, "the mark the preview and the review put on right options");
    }

    private static async Task SavedAsync(IPage page, Func<Task> choose)
    {
        var saved = page.WaitForResponseAsync(r => r.Url.Contains("/answers/", StringComparison.Ordinal) && r.Request.Method == "PUT");
        await choose();
        (await saved).Status.ShouldBe(200);
    }

    private static async Task ChooseFirstOfEachAsync(ILocator questions)
    {
        for (var i = 0; i < await questions.CountAsync(); i++)
        {
            await questions.Nth(i).Locator("label.quiz-option").First.ClickAsync();
        }
    }

    private static async Task<int> AnsweredAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        var fieldsets = page.Locator("fieldset[data-question]");
        var answered = 0;
        for (var i = 0; i < await fieldsets.CountAsync(); i++)
        {
            answered += await fieldsets.Nth(i).Locator("input:checked").CountAsync() > 0 ? 1 : 0;
        }

        return answered;
    }
}
