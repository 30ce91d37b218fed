using System.Text.Json;
using Microsoft.Playwright;
using Training.Data;

namespace Training.Browser.Tests;

/// <summary>The learner finds the certificate among theirs; whoever scans its QR code reads every fact and the status on a phone.</summary>
public class CertificateVerification_Tests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [ChromiumFact]
    public async Task The_Learner_Finds_The_Certificate_And_A_Stranger_Reads_Its_Facts_On_A_360_Pixel_Phone()
    {
        var page = await browser.NewPageAsync(viewport: new ViewportSize { Width = 360, Height = 740 });
        var login = await page.APIRequest.PostAsync("/api/identity/login", new() { DataObject = new { email = "trainer@demo.local", password = DemoDataSeeder.DemoPassword } });
        var token = (await login.JsonAsync())!.Value.GetProperty("accessToken").GetString();
        var issued = await PageList.IssueLearnerCertificateAsync(page.APIRequest, new() { ["Authorization"] = "Bearer " + token });
        var code = issued.GetProperty("verificationCode").GetString()!;

        await PageList.SignInAsync(page, "learner@demo.local", "/Learn/Certificates");
        var card = page.Locator("main li.card").Filter(new() { HasText = issued.GetProperty("serial").GetString()! });
        (await card.InnerTextAsync()).ShouldContain("Còn hiệu lực");
        (await card.Locator($"a[href='/verify/{code}']").CountAsync()).ShouldBe(1);

        // A stranger with a phone: no account, no script.
        var stranger = await browser.NewPageAsync(viewport: new ViewportSize { Width = 360, Height = 740 });
        var responses = new List<IResponse>();
        stranger.Response += (_, r) => responses.Add(r);
        var response = await stranger.GotoAsync($"/verify/{code}");
        response!.Status.ShouldBe(200);
        await stranger.WaitForLoadStateAsync(LoadState.NetworkIdle);

        // Everything the visit loaded, uncompressed: the page, its style sheet and its icon.
        responses.Count.ShouldBeGreaterThanOrEqualTo(2);
        long bytes = 0;
        foreach (var r in responses.Where(r => r.Status == 200).ToList())
        {
            bytes += (await r.BodyAsync()).Length;
        }

        bytes.ShouldBeLessThan(30 * 1024);
        var facts = await stranger.Locator("main").InnerTextAsync();
        facts.ShouldContain("Lục Văn Thắng");
        facts.ShouldContain(issued.GetProperty("serial").GetString()!);
        facts.ShouldContain("Bồi dưỡng kiến thức phòng, chống mại dâm");
        (await stranger.Locator("[role=status]").InnerTextAsync()).ShouldContain("Còn hiệu lực");
        (await stranger.Locator("script").CountAsync()).ShouldBe(0);
        (await stranger.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(360, "nothing wider than the phone");
        await stranger.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "training-verify-360.png"), FullPage = true });

        // A code typed by hand, in lower case with a dash, leads to the same page.
        await stranger.GotoAsync("/verify");
        await stranger.GetByLabel("Mã xác minh").FillAsync(code[..8].ToLowerInvariant() + "-" + code[8..]);
        await stranger.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra" }).ClickAsync();
        await stranger.Locator("[role=status]").WaitForAsync();
        (await stranger.Locator("main").InnerTextAsync()).ShouldContain("Lục Văn Thắng");
    }
}
