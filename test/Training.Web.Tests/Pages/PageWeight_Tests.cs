using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Training.Data;
using Training.OrganizationUnits;
using Training.Rosters;

namespace Training.Web.Tests.Pages;

/// <summary>Pages stay light whatever the data: a pager of a few links over a long roster, pages and JSON compressed.</summary>
public sealed partial class PageWeight_Tests(TrainingWebApplicationFactory factory) : IClassFixture<TrainingWebApplicationFactory>
{
    private const int Staff = 60_000;

    [Fact]
    public async Task The_Roster_Of_60000_Shows_A_Window_Of_Page_Links_In_At_Most_60_KB()
    {
        await SeedStaffAsync();
        var client = new PageClient(factory);
        await client.SignInAsync("admin@demo.local", DemoDataSeeder.DemoPassword);

        foreach (var page in new[] { 1, 600, Staff / 50 })
        {
            var response = await client.Http.GetAsync($"/Rosters?p={page}");
            var html = await response.Content.ReadAsStringAsync();

            response.IsSuccessStatusCode.ShouldBeTrue();
            var links = PageLink().Matches(html).Select(m => m.Groups[1].Value).ToList();
            links.Count.ShouldBeInRange(3, 11, $"page {page}: {string.Join(", ", links)}");
            links[0].ShouldBe("1");
            // The demo roster adds its own people to the 60,000: the last page is at least the 1,200th.
            int.Parse(links[^1], System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThanOrEqualTo(Staff / 50, $"page {page} links the last page");
            Encoding.UTF8.GetByteCount(html).ShouldBeLessThanOrEqualTo(60 * 1024, $"page {page}");
        }
    }

    [Fact]
    public async Task Pages_And_Json_Are_Compressed_And_The_Form_Token_Differs_In_Every_Answer()
    {
        var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Account/Login");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));

        var compressed = await client.SendAsync(request);
        var first = await client.GetStringAsync("/Account/Login");
        var second = await client.GetStringAsync("/Account/Login");

        compressed.Content.Headers.ContentEncoding.ShouldBe(["br"]);
        // BREACH guesses a secret repeated across answers: the antiforgery token is encrypted anew for each one.
        FormToken().Match(first).Groups[1].Value.ShouldNotBe(FormToken().Match(second).Groups[1].Value);
    }

    private async Task SeedStaffAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var units = scope.ServiceProvider.GetRequiredService<IOrganizationUnitRepository>();
        var staff = scope.ServiceProvider.GetRequiredService<IStaffMemberRepository>();
        var commune = (await units.FindByCodeAsync("01654", new DateOnly(2020, 12, 31), true))!;
        var people = Enumerable.Range(0, Staff)
            .Select(i => StaffMemberManager.NewForImport($"Nông Thị Hằng {i:D5}", commune.Id, StaffRole.Collaborator, true, new DateOnly(2020, 1, 1)))
            .ToList();
        await scope.ServiceProvider.GetRequiredService<ITrainingUnitOfWork>().InTransactionAsync(() => staff.InsertNewAsync(people));
    }

    [GeneratedRegex("class=\"page-link\" href=\"[^\"]*\"[^>]*>(\\d+)</a>")]
    private static partial Regex PageLink();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex FormToken();
}
