using Microsoft.Playwright;

namespace Training.Browser.Tests;

public class CourseAuthoring_Tests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [ChromiumFact]
    public async Task A_Trainer_Publishes_A_Course_And_A_Learner_Reads_It()
    {
        var trainer = await browser.NewPageAsync();
        await PageList.SignInAsync(trainer, "trainer@demo.local", "/Courses/Edit");
        await trainer.GetByLabel("Mã").FillAsync("KNTT-2020");
        await trainer.GetByLabel("Tiêu đề").FillAsync("Kỹ năng truyền thông phòng, chống mại dâm");
        await trainer.GetByLabel("Đọc hết các bài học").CheckAsync();
        await trainer.GetByLabel("Dự ít nhất tỷ lệ số ngày của lớp (%)").FillAsync(string.Empty);
        await trainer.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        foreach (var (title, body) in new[] { ("Bài 1: Nói chuyện với người dân", "<p>Lắng nghe, <b>tôn trọng</b>.</p>"), ("Bài 2: Tổ chức buổi truyền thông", "<p>Chuẩn bị nội dung.</p><script>alert(1)</script>") })
        {
            await trainer.GetByLabel("Tiêu đề").FillAsync(title);
            await trainer.GetByLabel("Nội dung").FillAsync(body);
            await trainer.GetByRole(AriaRole.Button, new() { Name = "Thêm" }).ClickAsync();
        }

        await trainer.GetByRole(AriaRole.Button, new() { Name = "Phát hành" }).ClickAsync();
        (await trainer.GetByText("Đã phát hành").CountAsync()).ShouldBeGreaterThan(0);
        await trainer.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "training-course.png"), FullPage = true });

        var learner = await browser.NewPageAsync();
        await PageList.SignInAsync(learner, "learner@demo.local", "/Learn");
        await learner.GetByRole(AriaRole.Link, new() { Name = "Kỹ năng truyền thông phòng, chống mại dâm" }).ClickAsync();
        await learner.GetByRole(AriaRole.Link, new() { Name = "Bắt đầu học" }).ClickAsync();
        (await learner.Locator("h1").InnerTextAsync()).ShouldBe("Bài 1: Nói chuyện với người dân");
        await learner.GetByRole(AriaRole.Button, new() { Name = "Tôi đã học xong bài này" }).ClickAsync();
        (await learner.Locator("h1").InnerTextAsync()).ShouldBe("Bài 2: Tổ chức buổi truyền thông");
        (await learner.Locator(".lesson-body script").CountAsync()).ShouldBe(0);

        // Signed in again on another device, the learner continues where it stopped.
        var again = await browser.NewPageAsync();
        await PageList.SignInAsync(again, "learner@demo.local", "/Learn");
        (await again.GetByText("Đã học 1/2 bài").CountAsync()).ShouldBe(1);
        await again.GetByRole(AriaRole.Link, new() { Name = "Học tiếp" }).ClickAsync();
        (await again.Locator("h1").InnerTextAsync()).ShouldBe("Bài 2: Tổ chức buổi truyền thông");
        await again.GetByRole(AriaRole.Button, new() { Name = "Tôi đã học xong bài này" }).ClickAsync();
        (await again.GetByText("Đã hoàn thành").CountAsync()).ShouldBeGreaterThan(0);
        await again.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "training-learner-course.png"), FullPage = true });
    }
}
