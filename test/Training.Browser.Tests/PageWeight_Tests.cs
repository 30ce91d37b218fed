using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Training.Browser.Tests;

/// <summary>
/// Every page of every role at most 100 KB on the wire to a cold browser (headers and bodies of every request it makes),
/// as a commune official on a weak mountain link would load it. A size, not a time: it may fail the build.
/// </summary>
public class PageWeight_Tests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private const long Budget = 100 * 1024;

    [ChromiumFact]
    public async Task Every_Page_Of_Every_Role_Weighs_At_Most_100_KB_With_A_Cold_Cache()
    {
        await PageList.AddMissingDemoItemsAsync((await browser.NewPageAsync()).APIRequest);
        var tooHeavy = new List<string>();

        output.WriteLine($"anonymous {PageList.LoginPage}: {await WeighAsync(null, PageList.LoginPage)} bytes");
        foreach (var role in PageList.Roles)
        {
            var signIn = await browser.NewPageAsync();
            await PageList.SignInAsync(signIn, role.Email);
            var paths = await PageList.PathsAsync(signIn, role);
            var session = await signIn.Context.StorageStateAsync();
            await signIn.Context.CloseAsync();

            var weights = new List<(string Path, long Bytes)>();
            foreach (var path in paths)
            {
                weights.Add((path, await WeighAsync(session, path)));
            }

            tooHeavy.AddRange(weights.Where(w => w.Bytes > Budget).Select(w => $"{role.Name} {w.Path}: {w.Bytes} bytes"));
            var heaviest = weights.MaxBy(w => w.Bytes);
            output.WriteLine($"{role.Name}: heaviest {heaviest.Path} {heaviest.Bytes} bytes; {string.Join(", ", weights.Select(w => $"{w.Path} {w.Bytes}"))}");
        }

        tooHeavy.ShouldBeEmpty();
    }

    /// <summary>Loads <paramref name="path"/> in a fresh context (nothing cached) and sums what every request sent and received.</summary>
    private async Task<long> WeighAsync(string? session, string path)
    {
        var page = await browser.NewPageAsync(session);
        var sizes = new List<Task<RequestSizesResult>>();
        page.RequestFinished += (_, request) => sizes.Add(request.SizesAsync());
        var response = await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        response!.Ok.ShouldBeTrue(path);
        var total = (await Task.WhenAll(sizes)).Sum(s => (long)s.RequestHeadersSize + s.RequestBodySize + s.ResponseHeadersSize + s.ResponseBodySize);
        await page.Context.CloseAsync();
        return total;
    }
}
