using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Training.Browser.Tests;

/// <summary>
/// axe-core (WCAG 2.1 A and AA) over every page of every role, on a desktop and on a phone (where the menu collapses):
/// no serious or critical violation anywhere.
/// </summary>
public class Accessibility_Tests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly ViewportSize[] Viewports = [new() { Width = 1280, Height = 800 }, new() { Width = 360, Height = 740 }];

    private static readonly AxeRunOptions Wcag21 = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    [ChromiumFact]
    public async Task No_Page_Of_Any_Role_Has_A_Serious_Or_Critical_Violation_On_A_Desktop_Or_A_Phone()
    {
        await PageList.AddMissingDemoItemsAsync((await browser.NewPageAsync()).APIRequest);
        var violations = new List<string>();

        var anonymous = await browser.NewPageAsync();
        await CheckAsync(anonymous, PageList.LoginPage, "anonymous", violations);
        await anonymous.Context.CloseAsync();

        foreach (var role in PageList.Roles)
        {
            var page = await browser.NewPageAsync();
            await PageList.SignInAsync(page, role.Email);
            foreach (var path in await PageList.PathsAsync(page, role))
            {
                await CheckAsync(page, path, role.Name, violations);
            }

            await page.Context.CloseAsync();
        }

        violations.ShouldBeEmpty();
    }

    /// <summary>Checks the page at each width, resized in place: the layout (the menu collapsing) follows the width without a reload.</summary>
    private static async Task CheckAsync(IPage page, string path, string who, List<string> violations)
    {
        (await page.GotoAsync(path))!.Ok.ShouldBeTrue(path);
        foreach (var viewport in Viewports)
        {
            await page.SetViewportSizeAsync(viewport.Width, viewport.Height);
            var result = await page.RunAxe(Wcag21);
            result.Passes.ShouldNotBeEmpty($"axe ran no rule on {path}");
            violations.AddRange(result.Violations
                .Where(v => v.Impact is "serious" or "critical")
                .Select(v => $"{who} {path} at {viewport.Width}px: {v.Id} ({v.Impact}) {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}"));
        }
    }
}
