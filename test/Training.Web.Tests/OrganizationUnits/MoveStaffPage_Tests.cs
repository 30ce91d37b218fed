using System.Net;
using Training.Data;
using Training.Web.Tests.Pages;
using Training.Web.Tests.Security;

namespace Training.Web.Tests.OrganizationUnits;

/// <summary>The preview page of the move to successors: what would move on a date, then the move on request.</summary>
public class MoveStaffPage_Tests(TrainingWebApplicationFactory factory) : IClassFixture<TrainingWebApplicationFactory>
{
    [Fact]
    public async Task Shows_The_Dry_Run_For_The_Date_Then_Moves_On_The_Button_And_Shows_What_Was_Done()
    {
        var admin = await factory.CreateBearerClientAsync("admin@demo.local");
        var person = (await admin.CreatePersonAsync("Hoàng Văn Xem Trước", "01309")).Id();
        var page = new PageClient(factory);
        await page.SignInAsync("admin@demo.local", DemoDataSeeder.DemoPassword);

        var units = await page.Http.GetStringAsync("/OrganizationUnits?asOf=2025-12-31");
        var preview = await page.Http.GetStringAsync("/OrganizationUnits/MoveStaff?asOf=2025-12-31");
        var historyAfterPreview = await admin.HistoryAsync(person);
        var done = await page.PostFormAsync("/OrganizationUnits/MoveStaff?asOf=2025-12-31", new Dictionary<string, string> { ["asOf"] = "2025-12-31" });
        var result = await done.Content.ReadAsStringAsync();
        var afterwards = await page.Http.GetStringAsync("/OrganizationUnits/MoveStaff?asOf=2025-12-31");

        units.ShouldContain("href=\"/OrganizationUnits/MoveStaff?asOf=2025-12-31\"");
        preview.ShouldContain("Hoàng Văn Xem Trước");
        preview.ShouldContain("Xã Bảo Lâm (01290)");
        preview.ShouldContain("01/07/2025");
        historyAfterPreview.ShouldBe([("01309", "2020-03-06", null)]);
        done.StatusCode.ShouldBe(HttpStatusCode.OK);
        result.ShouldContain("role=\"status\"");
        result.ShouldContain("Hoàng Văn Xem Trước");
        (await admin.HistoryAsync(person)).ShouldBe([("01309", "2020-03-06", "2025-06-30"), ("01290", "2025-07-01", null)]);
        afterwards.ShouldNotContain("Hoàng Văn Xem Trước");
    }

    [Fact]
    public async Task Is_Not_For_A_Unit_Officer()
    {
        var page = new PageClient(factory);
        await page.SignInAsync("officer@demo.local", DemoDataSeeder.DemoPassword);

        var units = await page.Http.GetStringAsync("/OrganizationUnits");
        var response = await page.Http.GetAsync("/OrganizationUnits/MoveStaff");

        units.ShouldNotContain("/OrganizationUnits/MoveStaff");
        response.StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }
}
