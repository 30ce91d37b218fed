using Microsoft.Playwright;

namespace Training.Browser.Tests;

public class QuizAuthoring_Tests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    /// <summary>A Moodle export in Vietnamese: four questions in "Chung/Pháp luật" and its sub-category "Xử phạt", and an essay
    /// and a matching question that the bank does not hold.</summary>
    private static readonly string MoodleFile = Path.Combine(AppContext.BaseDirectory, "Fixtures", "vietnamese.xml");

    [ChromiumFact]
    public async Task A_Trainer_Imports_A_Bank_Builds_A_Random_Final_Quiz_Previews_It_And_Publishes()
    {
        var page = await browser.NewPageAsync();
        await PageList.SignInAsync(page, "trainer@demo.local", "/Courses/Edit");
        await page.GetByLabel("Mã").FillAsync("KT-PL-2020");
        await page.GetByLabel("Tiêu đề").FillAsync("Kiến thức pháp luật về phòng, chống mại dâm");
        await page.GetByLabel("Làm đạt bài kiểm tra cuối khoá").CheckAsync();
        await page.GetByLabel("Dự ít nhất tỷ lệ số ngày của lớp (%)").FillAsync(string.Empty);
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await page.GetByLabel("Tiêu đề").FillAsync("Bài 1: Pháp lệnh Phòng, chống mại dâm");
        await page.GetByLabel("Nội dung").FillAsync("<p>Những điều cần biết.</p>");
        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm", Exact = true }).ClickAsync();

        // Publishing without a final quiz is refused, in words the trainer can act on.
        await page.GetByRole(AriaRole.Button, new() { Name = "Phát hành" }).ClickAsync();
        (await page.GetByRole(AriaRole.Alert).InnerTextAsync()).ShouldContain("bài kiểm tra cuối khoá");

        // The dry run writes nothing and names what it skips; the real import then writes the four questions.
        await page.GetByRole(AriaRole.Link, new() { Name = "Nhập câu hỏi từ tệp" }).ClickAsync();
        await page.GetByLabel("Tệp câu hỏi (.xlsx hoặc Moodle XML)").SetInputFilesAsync(MoodleFile);
        await page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra trước (chưa ghi dữ liệu)" }).ClickAsync();
        await page.GetByText("Đã kiểm tra: chưa ghi gì").WaitForAsync();
        (await page.GetByText("Câu hỏi mới: 4").CountAsync()).ShouldBe(1);
        (await page.GetByText("Bỏ qua (loại câu không hỗ trợ): 2").CountAsync()).ShouldBe(1);
        (await page.Locator("main").InnerTextAsync()).ShouldContain("Tự luận");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "training-question-import.png"), FullPage = true });
        await page.GetByLabel("Tệp câu hỏi (.xlsx hoặc Moodle XML)").SetInputFilesAsync(MoodleFile);
        await page.GetByRole(AriaRole.Button, new() { Name = "Nhập dữ liệu" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Đã nhập" }).WaitForAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Xem ngân hàng câu hỏi" }).ClickAsync();
        (await page.GetByText("Tổng cộng: 4").CountAsync()).ShouldBe(1);
        (await page.GetByText("Chung/Pháp luật/Xử phạt · Nhiều đáp án").CountAsync()).ShouldBe(1);

        // A final quiz of three questions drawn from "Chung", sub-categories included, previewed with its answers marked.
        await page.GetByRole(AriaRole.Link, new() { Name = "KT-PL-2020" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Thêm bài kiểm tra" }).ClickAsync();
        await page.GetByLabel("Tiêu đề").FillAsync("Kiểm tra cuối khoá");
        await page.GetByLabel("Bài kiểm tra cuối khoá", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Lượt rút 1: chủ đề").SelectOptionAsync(new SelectOptionValue { Label = "Chung (4)" });
        await page.GetByLabel("Số câu").First.FillAsync("3");
        await page.GetByLabel("Thời gian làm bài (phút)").FillAsync("15");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu và xem trước" }).ClickAsync();
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Kiểm tra cuối khoá");
        (await page.GetByText("Câu 3", new() { Exact = true }).CountAsync()).ShouldBe(1);
        (await page.GetByText("Câu 4", new() { Exact = true }).CountAsync()).ShouldBe(0);
        (await page.Locator(".badge", new() { HasText = "đáp án đúng" }).CountAsync()).ShouldBeGreaterThanOrEqualTo(3);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "training-quiz-preview.png"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "Quay lại" }).ClickAsync();
        (await page.GetByText("Bài cuối khoá").CountAsync()).ShouldBe(1);
        await page.GetByRole(AriaRole.Button, new() { Name = "Phát hành" }).ClickAsync();
        (await page.GetByText("Đã phát hành").CountAsync()).ShouldBeGreaterThan(0);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "training-quiz-course.png"), FullPage = true });
    }
}
