using System.Text.Json;
using Microsoft.Playwright;
using Training.Data;

namespace Training.Browser.Tests;

/// <summary>The dashboard as its two users meet it: DOLISA's reviewer drills from the province down to the names still to
/// train; Hoà An's officer sees Hoà An only.</summary>
public class CoverageDashboard_Tests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string AsOf = "2020-12-31";

    [ChromiumFact]
    public async Task The_Reviewer_Drills_From_The_Province_To_A_Commune_And_Reads_Who_Is_Not_Trained()
    {
        var page = await browser.NewPageAsync(viewport: new ViewportSize { Width = 1280, Height = 900 });
        await PageList.SignInAsync(page, "reviewer@demo.local", "/Coverage");
        var api = await ApiAsync(page.APIRequest, "reviewer@demo.local");

        (await Headline(page).InnerTextAsync()).ShouldStartWith("Tỉnh Cao Bằng:");
        await UnitLink(page, "Thành phố Cao Bằng").ClickAsync();
        (await Headline(page).InnerTextAsync()).ShouldStartWith("Thành phố Cao Bằng:");

        // A commune where some are trained and some are not, as the API counts it (the demo's Hoà An has trained nobody yet).
        var district = await api.GetAsync($"/api/training/coverage?unitCode=040&asOf={AsOf}");
        var commune = district.GetProperty("rows").EnumerateArray()
            .First(r => r.GetProperty("trained").GetInt32() > 0 && r.GetProperty("trained").GetInt32() < r.GetProperty("inScope").GetInt32());
        var communeCode = commune.GetProperty("key").GetString()!;
        await UnitLink(page, commune.GetProperty("name").GetString()!).ClickAsync();
        (await Headline(page).InnerTextAsync()).ShouldStartWith(commune.GetProperty("name").GetString() + ":");

        var untrained = (await api.GetAsync($"/api/training/coverage/untrained?unitCode={communeCode}&asOf={AsOf}&pageSize=1000"))
            .GetProperty("items").EnumerateArray().Select(p => (Id: p.GetProperty("staffId").GetString(), Name: p.GetProperty("fullName").GetString()!)).ToList();
        var roster = (await api.GetAsync($"/api/training/staff?unitCode={communeCode}&asOf={AsOf}&inScope=true&pageSize=1000"))
            .GetProperty("items").EnumerateArray().Select(p => (Id: p.GetProperty("id").GetString(), Name: p.GetProperty("fullName").GetString()!)).ToList();
        var trained = roster.Where(p => untrained.All(u => u.Id != p.Id) && untrained.All(u => u.Name != p.Name)).ToList();
        untrained.ShouldNotBeEmpty();
        trained.ShouldNotBeEmpty($"{communeCode} has someone trained whose name no untrained person shares");

        var names = page.Locator("section[aria-labelledby='untrained'] tbody td:first-child");
        var shown = await names.AllInnerTextsAsync();
        shown.ShouldBe(untrained.Select(u => u.Name).ToList(), ignoreOrder: true);
        shown.ShouldNotContain(trained[0].Name);
        (await page.Locator("nav.tree-path a").AllInnerTextsAsync()).ShouldBe(["Tỉnh Cao Bằng", "Thành phố Cao Bằng"]);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "training-coverage-commune.png"), FullPage = true });

        // The breadcrumb leads back up to the top.
        await page.Locator("nav.tree-path").GetByRole(AriaRole.Link, new() { Name = "Tỉnh Cao Bằng" }).ClickAsync();
        (await Headline(page).InnerTextAsync()).ShouldStartWith("Tỉnh Cao Bằng:");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "training-coverage-province.png"), FullPage = true });
    }

    [ChromiumFact]
    public async Task The_Officer_Of_Hoa_An_Sees_Hoa_An_Only_And_Is_Refused_Another_District()
    {
        var page = await browser.NewPageAsync();
        await PageList.SignInAsync(page, "officer@demo.local", "/Coverage");

        (await Headline(page).InnerTextAsync()).ShouldStartWith("Huyện Hoà An:");
        (await page.Locator("nav.tree-path a").CountAsync()).ShouldBe(0);
        var units = await page.Locator("section[aria-labelledby='units'] tbody a").AllInnerTextsAsync();
        units.ShouldNotBeEmpty();
        units.ShouldAllBe(name => name.StartsWith("Xã ") || name.StartsWith("Thị trấn "));
        (await page.ContentAsync()).ShouldNotContain("Thành phố Cao Bằng");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "training-coverage-officer.png"), FullPage = true });

        await page.GotoAsync("/Coverage?unitCode=040");

        new Uri(page.Url).AbsolutePath.ShouldBe("/Account/AccessDenied");
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Không có quyền truy cập");
    }

    private static ILocator Headline(IPage page) => page.Locator("#headline");

    private static ILocator UnitLink(IPage page, string name) =>
        page.Locator("section[aria-labelledby='units']").GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    private static async Task<Api> ApiAsync(IAPIRequestContext request, string email)
    {
        var login = await request.PostAsync("/api/identity/login", new() { DataObject = new { email, password = DemoDataSeeder.DemoPassword } });
        login.Ok.ShouldBeTrue(await login.TextAsync());
        return new Api(request, "Bearer " + (await login.JsonAsync())!.Value.GetProperty("accessToken").GetString());
    }

    private sealed record Api(IAPIRequestContext Request, string Bearer)
    {
        public async Task<JsonElement> GetAsync(string path)
        {
            var response = await Request.GetAsync(path, new() { Headers = new Dictionary<string, string> { ["Authorization"] = Bearer } });
            response.Ok.ShouldBeTrue($"{path}: {await response.TextAsync()}");
            return (await response.JsonAsync())!.Value;
        }
    }
}
