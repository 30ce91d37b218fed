using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Training.Web.Tests.OrganizationUnits;

public class OrganizationUnitApi_Tests(TrainingWebApplicationFactory factory) : IClassFixture<TrainingWebApplicationFactory>
{
    public sealed record UnitJson(Guid Id, string Code, string Name, string Kind, Guid? ParentId, string ValidFrom, string? ValidTo);

    [Fact]
    public async Task Lists_The_10_Districts_Of_2020_Holding_161_Communes()
    {
        var reviewer = await factory.CreateBearerClientAsync("reviewer@demo.local");

        var districts = (await reviewer.GetFromJsonAsync<List<UnitJson>>("/api/training/organization-units?parentCode=04&asOf=2020-12-31&kind=District"))!;
        var communes = 0;
        foreach (var district in districts)
        {
            communes += (await reviewer.GetFromJsonAsync<List<UnitJson>>(
                $"/api/training/organization-units?parentCode={district.Code}&asOf=2020-12-31&kind=Commune"))!.Count;
        }

        districts.Select(d => d.Name).ShouldBe(
        [
            "Thành phố Cao Bằng", "Huyện Bảo Lâm", "Huyện Bảo Lạc", "Huyện Hà Quảng", "Huyện Trùng Khánh", "Huyện Hạ Lang", "Huyện Quảng Hòa",
            "Huyện Hoà An", "Huyện Nguyên Bình", "Huyện Thạch An",
        ]);
        districts.ShouldAllBe(d => d.Kind == "District" && d.ValidFrom == "2020-03-01" && d.ValidTo == "2025-06-30");
        communes.ShouldBe(161);
    }

    [Fact]
    public async Task Lists_The_56_Communes_Of_Today()
    {
        var reviewer = await factory.CreateBearerClientAsync("reviewer@demo.local");

        var communes = (await reviewer.GetFromJsonAsync<List<UnitJson>>("/api/training/organization-units?parentCode=04&asOf=2026-01-01&kind=Commune"))!;

        communes.Count.ShouldBe(56);
        communes.ShouldContain(c => c.Code == "01273" && c.Name == "Phường Thục Phán");
    }

    [Fact]
    public async Task Writes_Enums_As_Names_And_Dates_As_Iso()
    {
        var reviewer = await factory.CreateBearerClientAsync("reviewer@demo.local");

        var json = await reviewer.GetStringAsync("/api/training/organization-units?parentCode=04&asOf=2026-01-01&kind=Agency");

        var first = JsonDocument.Parse(json).RootElement[0];
        first.GetProperty("kind").GetString().ShouldBe("Agency");
        first.GetProperty("validFrom").GetString()!.ShouldMatch(@"^\d{4}-\d{2}-\d{2}$");
        first.TryGetProperty("parentId", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Answers_400_For_A_Bad_Date_And_404_For_An_Unknown_Code()
    {
        var reviewer = await factory.CreateBearerClientAsync("reviewer@demo.local");

        var badDate = await reviewer.GetAsync("/api/training/organization-units?parentCode=04&asOf=31-12-2020");
        var unknown = await reviewer.GetAsync("/api/training/organization-units?parentCode=99999&asOf=2020-12-31");

        badDate.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        JsonDocument.Parse(await unknown.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString().ShouldBe(TrainingErrorCodes.UnitNotFound);
    }

    [Fact]
    public async Task Lets_An_Admin_Rename_A_Unit_And_Audit_It()
    {
        var admin = await factory.CreateBearerClientAsync("admin@demo.local");
        var agency = (await admin.GetFromJsonAsync<List<UnitJson>>("/api/training/organization-units?parentCode=04&asOf=2026-01-01&kind=Agency"))!
            .Single(a => a.Code == "CQ-HND");

        var renamed = await admin.PutAsJsonAsync($"/api/training/organization-units/{agency.Id}",
            new { name = "Hội Nông dân tỉnh Cao Bằng", validFrom = agency.ValidFrom });
        var log = await admin.GetStringAsync($"/api/training/audit-logs?entityId={agency.Id}");

        renamed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var entry = JsonDocument.Parse(log).RootElement.GetProperty("items")[0];
        entry.GetProperty("userName").GetString().ShouldBe("admin@demo.local");
        entry.GetProperty("action").GetString().ShouldBe("Updated");
        entry.GetProperty("occurredAt").GetString().ShouldEndWith("Z");
        entry.GetProperty("changes").GetString()!.ShouldContain("Hội Nông dân tỉnh Cao Bằng");
    }

    [Fact]
    public async Task Rejects_A_Create_Without_Name_With_A_Validation_Problem()
    {
        var admin = await factory.CreateBearerClientAsync("admin@demo.local");

        var response = await admin.PostAsJsonAsync("/api/training/organization-units", new { code = "CQ-X", kind = "Agency", validFrom = "2021-01-01" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        problem.GetProperty("code").GetString().ShouldBe(TrainingErrorCodes.ValidationFailed);
        problem.GetProperty("errors").TryGetProperty("name", out _).ShouldBeTrue();
    }
}
