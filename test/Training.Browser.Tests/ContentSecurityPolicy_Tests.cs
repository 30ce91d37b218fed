using Microsoft.Playwright;

namespace Training.Browser.Tests;

public class ContentSecurityPolicy_Tests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [ChromiumFact]
    public async Task No_Page_Of_Any_Role_Breaks_The_Content_Security_Policy_Or_Fails()
    {
        await PageList.AddMissingDemoItemsAsync((await browser.NewPageAsync()).APIRequest);
        var problems = new List<string>();

        foreach (var role in PageList.Roles)
        {
            var page = await browser.NewPageAsync();
            // Chromium reports what the policy refused on the console, naming the Content Security Policy, and as an event.
            await page.AddInitScriptAsync(
                "document.addEventListener('securitypolicyviolation', e => console.error('securitypolicyviolation: ' + e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber));");
            page.Console += (_, message) =>
            {
                if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal) || message.Text.StartsWith("securitypolicyviolation", StringComparison.Ordinal))
                {
                    problems.Add($"{role.Name} {page.Url}: {message.Text}");
                }
            };

            async Task VisitAsync(string path)
            {
                var response = await page.GotoAsync(path);
                if (response is null || response.Status >= 400)
                {
                    problems.Add($"{role.Name} {path}: {response?.Status}");
                }
                else if (await response.HeaderValueAsync("content-security-policy") is null)
                {
                    problems.Add($"{role.Name} {path}: no Content-Security-Policy");
                }
            }

            await VisitAsync(PageList.LoginPage);
            await PageList.SignInAsync(page, role.Email);
            var paths = await PageList.PathsAsync(page, role);
            foreach (var path in paths)
            {
                await VisitAsync(path);
            }

            // The list is the role's whole navigation: a new menu entry must be added to it.
            var menu = await page.Locator("header nav a.nav-link").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
            menu.Except(paths).ShouldBeEmpty(role.Name);
            await page.Context.CloseAsync();
        }

        problems.ShouldBeEmpty();
    }
}
