using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Training.Coverage;
using Training.Data;
using Training.OrganizationUnits;

namespace Training.Web.Tests.Pages;

public sealed partial class CoveragePages_Tests(TrainingWebApplicationFactory factory) : IClassFixture<TrainingWebApplicationFactory>
{
    [Fact]
    public async Task A_Plan_Is_Created_And_Changed_Through_Its_Form_And_A_Stale_Form_Or_A_Bad_Field_Is_Refused_With_The_Reason()
    {
        var client = await SignedInAsync("reviewer@demo.local");
        var blank = await client.Http.GetStringAsync("/Coverage/Plans/Edit");
        blank.ShouldContain("PCMD-CS-2020 – Phòng, chống mại dâm cho cán bộ cơ sở");

        var created = await client.PostFormAsync("/Coverage/Plans/Edit", Fields("Kế hoạch kiểm thử năm 2021", version: null));
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var edit = created.Headers.Location!.OriginalString;
        edit.ShouldStartWith("/Coverage/Plans/Edit/");
        var form = await client.Http.GetStringAsync(edit);
        form.ShouldContain("value=\"Kế hoạch kiểm thử năm 2021\"");
        form.ShouldContain("name=\"Input.TargetPercent\" value=\"95.5\"");
        // Reporting dates left empty take the default: the 30/06 and 31/12 inside the period.
        form.ShouldContain("name=\"Input.ReportingDates\" value=\"30/06/2021, 31/12/2021\"");
        form.ShouldContain("value=\"Reporter\" id=\"role-Reporter\" checked=\"checked\"");
        form.ShouldNotContain("value=\"Other\" id=\"role-Other\" checked=\"checked\"");
        var firstVersion = Version(form);

        var changed = await client.PostFormAsync(edit, Fields("Kế hoạch kiểm thử năm 2021 (sửa)", firstVersion));
        changed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var afterChange = await client.Http.GetStringAsync(edit);
        afterChange.ShouldContain("value=\"Kế hoạch kiểm thử năm 2021 (sửa)\"");
        Version(afterChange).ShouldNotBe(firstVersion);

        // A form read before that change: refused, not saved over it.
        var stale = await client.PostFormAsync(edit, Fields("Tên của người chậm chân", firstVersion));
        var staleHtml = await stale.Content.ReadAsStringAsync();
        stale.StatusCode.ShouldBe(HttpStatusCode.OK);
        staleHtml.ShouldContain("Dữ liệu vừa được người khác thay đổi cùng lúc.");
        (await client.Http.GetStringAsync(edit)).ShouldContain("value=\"Kế hoạch kiểm thử năm 2021 (sửa)\"");

        // The rule the plan breaks is told beside the field it names.
        var backwards = await client.PostFormAsync(edit, Fields("Kế hoạch kiểm thử năm 2021 (sửa)", Version(afterChange), endsOn: "2020-12-31"));
        var badDate = await client.PostFormAsync(edit, Fields("Kế hoạch kiểm thử năm 2021 (sửa)", Version(afterChange), reportingDates: "30/06/2021, 31/02/2021"));
        Beside(await backwards.Content.ReadAsStringAsync(), "Input.EndsOn").ShouldBe("Ngày kết thúc kế hoạch không được trước ngày bắt đầu.");
        Beside(await badDate.Content.ReadAsStringAsync(), "Input.ReportingDates").ShouldBe("\"31/02/2021\" không phải là ngày dạng dd/MM/yyyy.");
        (await client.Http.GetStringAsync("/Coverage/Plans")).ShouldContain("Kế hoạch kiểm thử năm 2021 (sửa)");
    }

    [Fact]
    public async Task The_Reviewer_Reads_The_Province_The_Officer_Its_District_Only_And_The_Learner_Nothing()
    {
        var reviewer = await SignedInAsync("reviewer@demo.local");
        var officer = await SignedInAsync("officer@demo.local");
        var learner = await SignedInAsync("learner@demo.local");
        // The plan named, since another test of the class adds a later one, which a page without it would open on.
        var plan = (await DemoPlanAsync()).Id;

        var province = await reviewer.Http.GetAsync($"/Coverage?planId={plan}");
        var provinceHtml = await province.Content.ReadAsStringAsync();
        var own = await officer.Http.GetStringAsync($"/Coverage?planId={plan}");
        var other = await officer.Http.GetAsync($"/Coverage?planId={plan}&unitCode=040");
        var learnerPage = await learner.Http.GetAsync("/Coverage");

        province.StatusCode.ShouldBe(HttpStatusCode.OK);
        Headline(provinceHtml).ShouldStartWith("Tỉnh Cao Bằng:");
        provinceHtml.ShouldContain("unitCode=051&amp;asOf=2020-12-31\">Huyện Hoà An</a>");
        provinceHtml.ShouldContain("Cách tính: cán bộ trong diện");
        provinceHtml.ShouldContain("href=\"/Coverage\" aria-current=\"page\"");
        Headline(own).ShouldStartWith("Huyện Hoà An:");
        own.ShouldNotContain("Thành phố Cao Bằng");
        other.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        other.Headers.Location!.AbsolutePath.ShouldBe("/Account/AccessDenied");
        learnerPage.Headers.Location!.AbsolutePath.ShouldBe("/Account/AccessDenied");
        (await learner.Http.GetStringAsync("/")).ShouldNotContain("href=\"/Coverage\"");
    }

    [Fact]
    public async Task The_Trend_Is_Drawn_From_The_Snapshots_And_Says_So_When_There_Are_None()
    {
        var plan = await DemoPlanAsync();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var root = (await scope.ServiceProvider.GetRequiredService<IOrganizationUnitRepository>().FindByCodeAsync("04", new DateOnly(2020, 12, 31), false))!;
            var records = scope.ServiceProvider.GetRequiredService<ICoverageRecordRepository>();
            if ((await records.GetSnapshotsAsync(plan.Id, root.Id)).Count == 0)
            {
                await records.InsertSnapshotsAsync(
                [
                    new CoverageSnapshot(plan.Id, root.Id, new DateOnly(2020, 6, 30), 97, 20, DateTimeOffset.UtcNow),
                    new CoverageSnapshot(plan.Id, root.Id, new DateOnly(2020, 9, 30), 97, 0, DateTimeOffset.UtcNow),
                    new CoverageSnapshot(plan.Id, root.Id, new DateOnly(2020, 12, 31), 97, 51, DateTimeOffset.UtcNow),
                ]);
                await scope.ServiceProvider.GetRequiredService<Training.ITrainingUnitOfWork>().SaveChangesAsync();
            }
        }

        var reviewer = await SignedInAsync("reviewer@demo.local");
        var province = await reviewer.Http.GetStringAsync($"/Coverage?planId={plan.Id}&unitCode=04&asOf=2020-12-31");
        var district = await reviewer.Http.GetStringAsync($"/Coverage?planId={plan.Id}&unitCode=051&asOf=2020-12-31");

        // 20 of 97 on the left (20.6%), none in the middle, 51 of 97 (52.6%) on the right; 0% is y = 188 and 100% is y = 12.
        Polyline().Match(province).Groups[1].Value.ShouldBe("44,151.7 334,188 624,95.4");
        province.ShouldContain("Từ 20,6% ngày 30/06/2020 đến 52,6% ngày 31/12/2020.");
        province.ShouldNotContain("style=");
        district.ShouldNotContain("<polyline");
        district.ShouldContain("Chưa có số liệu chốt hằng đêm");
    }

    private async Task<CoveragePlan> DemoPlanAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<ICoveragePlanRepository>().GetListAsync()).Single(p => p.Name == DemoDataSeeder.PlanName);
    }

    private async Task<PageClient> SignedInAsync(string email)
    {
        var client = new PageClient(factory);
        (await client.SignInAsync(email, DemoDataSeeder.DemoPassword)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }

    private static Dictionary<string, string> Fields(string name, string? version, string endsOn = "2021-12-31", string reportingDates = "")
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.Name"] = name, ["Input.StartsOn"] = "2021-01-01", ["Input.EndsOn"] = endsOn, ["Input.RootUnitCode"] = "051 - Huyện Hoà An",
            ["Input.Roles"] = "Reporter", ["Input.CourseCodes"] = "PCMD-CS-2020", ["Input.TargetPercent"] = "95,5", ["Input.ActivityTargetPercent"] = "",
            ["Input.ReportingDates"] = reportingDates, ["Input.ReportDueDays"] = "15", ["Input.ConsolidatingUnitCode"] = "",
        };
        if (version is not null)
        {
            fields["Input.Version"] = version;
        }

        return fields;
    }

    private static string Version(string html) => VersionField().Match(html).Groups[1].Value;

    private static string Headline(string html) => WebUtility.HtmlDecode(Regex.Replace(HeadlineElement().Match(html).Groups[1].Value, "<[^>]+>", string.Empty)).Trim();

    private static string Beside(string html, string field)
    {
        var match = Regex.Match(html, $"name=\"{Regex.Escape(field)}\"[^>]*/>(?:<input name=\"__Invariant\"[^>]*/>)?\\s*<span class=\"text-danger small field-validation-error\">([^<]+)</span>");
        match.Success.ShouldBeTrue($"no error beside {field}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("name=\"Input.Version\" value=\"([0-9a-f-]+)\"")]
    private static partial Regex VersionField();

    [GeneratedRegex("<h2 id=\"headline\"[^>]*>(.*?)</h2>", RegexOptions.Singleline)]
    private static partial Regex HeadlineElement();

    [GeneratedRegex("<polyline points=\"([^\"]+)\"")]
    private static partial Regex Polyline();
}
