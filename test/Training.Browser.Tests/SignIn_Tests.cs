using Microsoft.Playwright;

namespace Training.Browser.Tests;

public class SignIn_Tests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [ChromiumFact]
    public async Task A_Reviewer_Signs_In_And_Sees_The_Vietnamese_Home_Page()
    {
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/");
        await page.GetByLabel("Email hoặc số điện thoại").FillAsync("reviewer@demo.local");
        await page.GetByLabel("Mật khẩu").FillAsync("Demo@2020");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login"));

        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Xin chào, Hoàng Văn Đức");
        (await page.Locator("html").GetAttributeAsync("lang")).ShouldBe("vi");
        (await page.GetByRole(AriaRole.Heading, new() { Name = "Cán bộ theo dõi (Sở LĐ-TB&XH)" }).CountAsync()).ShouldBe(1);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "training-home-reviewer.png"), FullPage = true });
    }

    [ChromiumFact]
    public async Task A_Wrong_Password_Keeps_The_Visitor_On_The_Login_Page_With_A_Message()
    {
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Email hoặc số điện thoại").FillAsync("learner@demo.local");
        await page.GetByLabel("Mật khẩu").FillAsync("Sai@2020");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();

        (await page.GetByRole(AriaRole.Alert).InnerTextAsync()).ShouldContain("Tên đăng nhập hoặc mật khẩu không đúng.");
    }

    [ChromiumFact]
    public async Task An_Admin_Browses_Down_The_Tree_Of_2020()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/Account/Login?ReturnUrl=%2FOrganizationUnits%3FasOf%3D2020-12-31");
        await page.GetByLabel("Email hoặc số điện thoại").FillAsync("admin@demo.local");
        await page.GetByLabel("Mật khẩu").FillAsync("Demo@2020");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Tỉnh Cao Bằng" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Huyện Hoà An" }).ClickAsync();

        (await page.GetByRole(AriaRole.Link, new() { Name = "Thị trấn Nước Hai" }).CountAsync()).ShouldBe(1);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "training-units-hoa-an.png"), FullPage = true });
    }
}
