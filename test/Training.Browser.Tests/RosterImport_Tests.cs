using Microsoft.Playwright;
using Training.Rosters.Workbooks;

namespace Training.Browser.Tests;

public class RosterImport_Tests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [ChromiumFact]
    public async Task An_Officer_Checks_A_File_Fixes_Nothing_Twice_And_Imports_It()
    {
        var page = await browser.NewPageAsync();
        var file = Path.Combine(Path.GetTempPath(), $"danh-sach-{Guid.NewGuid():N}.xlsx");
        await File.WriteAllBytesAsync(file, new WorkbookBuilder([.. StaffColumns.All.Take(10)])
            .Row("Hứa Thị Quyên", "Nữ", new DateOnly(1985, 7, 5), "Tày", "004185000123", "0912345678", null, "01654 - Thị trấn Nước Hai", "Báo cáo viên", "Có")
            .Row("Lục Văn Thành", "Nam", "12/03/1979", "H'Mông", null, null, null, "99999", "Cộng tác viên", "Có")
            .ToBytes());

        await page.GotoAsync("/Account/Login?ReturnUrl=%2FRosters%2FImport%3FasOf%3D2020-12-31");
        await page.GetByLabel("Email hoặc số điện thoại").FillAsync("officer@demo.local");
        await page.GetByLabel("Mật khẩu").FillAsync("Demo@2020");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.GetByLabel("Tệp danh sách (.xlsx)").SetInputFilesAsync(file);
        await page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra trước (chưa ghi dữ liệu)" }).ClickAsync();
        await page.GetByText("Mới kiểm tra: chưa ghi dữ liệu nào.").WaitForAsync(new() { Timeout = 30_000 });

        (await page.Locator("table tbody tr").First.InnerTextAsync()).ShouldContain("Không có đơn vị nào mang mã 99999 vào ngày đó.");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "training-import-dry-run.png"), FullPage = true });

        await page.GetByRole(AriaRole.Button, new() { Name = "Chỉ nhập các dòng hợp lệ" }).ClickAsync();
        await page.GetByText("Đã ghi các dòng vào danh sách.").WaitForAsync(new() { Timeout = 30_000 });
        await page.GotoAsync("/Rosters?asOf=2020-12-31&search=" + Uri.EscapeDataString("hua thi"));

        (await page.GetByRole(AriaRole.Link, new() { Name = "Hứa Thị Quyên" }).CountAsync()).ShouldBe(1);
        (await page.GetByText("Lục Văn Thành").CountAsync()).ShouldBe(0);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "training-roster.png"), FullPage = true });
        File.Delete(file);
    }
}
