using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Training.Coverage;
using Training.Data;

namespace Training.Web.Tests.Pages;

/// <summary>The activity pages without script, as a phone sends them: the form with a photo, its errors beside their fields, the
/// list, deleting; and the plan's second target on the coverage dashboard, as the API counts it.</summary>
public sealed class ActivityPages_Tests(TrainingWebApplicationFactory factory) : IClassFixture<TrainingWebApplicationFactory>
{
    private static readonly byte[] Photo = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01];

    [Fact]
    public async Task An_Officer_Records_An_Activity_With_A_Photo_Through_The_Form_And_Deletes_It()
    {
        var officer = await SignedInAsync("officer@demo.local");
        var blank = await officer.Http.GetStringAsync("/Activities/Edit");
        blank.ShouldContain("enctype=\"multipart/form-data\"");
        blank.ShouldContain("Phát thanh trên loa truyền thanh");

        var filesBefore = await AttachmentCountAsync();
        var noTitle = await officer.PostFormWithFileAsync("/Activities/Edit", Fields("01687 - Xã Hồng Việt", "2020-10-20", " "), "Input.Photo", "anh.jpg",
            Photo, "image/jpeg");
        noTitle.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await noTitle.Content.ReadAsStringAsync()).ShouldContain("Vui lòng nhập Tên hoạt động.");
        var ahead = await officer.PostFormWithFileAsync("/Activities/Edit", Fields("01687 - Xã Hồng Việt", "2099-01-01", "Họp dân thôn Bó Bủn"), "Input.Photo",
            "anh.jpg", Photo, "image/jpeg");
        ahead.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ahead.Content.ReadAsStringAsync()).ShouldContain("Ngày không hợp lệ: chỉ ghi nhận hoạt động đã diễn ra");
        (await officer.Http.GetStringAsync("/Activities?unitCode=01687")).ShouldNotContain("Họp dân thôn Bó Bủn");
        (await AttachmentCountAsync()).ShouldBe(filesBefore, "a refused form keeps none of its photo");

        var saved = await officer.PostFormWithFileAsync("/Activities/Edit", Fields("01687 - Xã Hồng Việt", "2020-10-20", "Họp dân thôn Bó Bủn"),
            "Input.Photo", "hop-dan.jpg", Photo, "image/jpeg");
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var edit = saved.Headers.Location!.OriginalString;
        edit.ShouldStartWith("/Activities/Edit/");
        var form = await officer.Http.GetStringAsync(edit);
        form.ShouldContain("value=\"Họp dân thôn Bó Bủn\"");
        form.ShouldContain("hop-dan.jpg");
        var id = edit["/Activities/Edit/".Length..];
        (await officer.Http.GetByteArrayAsync($"/api/training/activities/{id}/attachment")).ShouldBe(Photo);

        var list = await officer.Http.GetStringAsync("/Activities?unitCode=01687&from=2020-10-01&to=2020-10-31");
        list.ShouldContain("Họp dân thôn Bó Bủn");
        list.ShouldContain("Họp dân, sinh hoạt cộng đồng");
        list.ShouldContain("20/10/2020");

        // Saved again without a new photo, it keeps the old one.
        (await officer.PostFormAsync(edit, Fields("01687 - Xã Hồng Việt", "2020-10-21", "Họp dân thôn Bó Bủn"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await officer.Http.GetStringAsync(edit)).ShouldContain("hop-dan.jpg");

        var deleted = await officer.PostFormAsync(edit, new Dictionary<string, string>(), $"/Activities/Edit/{id}?handler=Delete");
        deleted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await officer.Http.GetStringAsync("/Activities?unitCode=01687")).ShouldNotContain("Họp dân thôn Bó Bủn");
        (await officer.Http.GetAsync(edit)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_Dashboard_Shows_The_Communes_With_An_Activity_As_The_Api_Counts_Them()
    {
        var reviewer = await SignedInAsync("reviewer@demo.local");
        Guid plan;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            plan = (await scope.ServiceProvider.GetRequiredService<ICoveragePlanRepository>().GetListAsync()).Single(p => p.Name == DemoDataSeeder.PlanName).Id;
        }

        var api = await reviewer.Http.GetFromJsonAsync<JsonElement>($"/api/training/coverage?planId={plan}&unitCode=04&asOf=2020-12-31");
        var withActivity = api.GetProperty("communesWithActivity").GetInt32();
        var communes = api.GetProperty("communes").GetInt32();
        withActivity.ShouldBeGreaterThan(0, "the demo data records activities in several districts");
        api.GetProperty("communesWithoutActivity").GetArrayLength().ShouldBe(communes - withActivity);

        var page = await reviewer.Http.GetStringAsync($"/Coverage?planId={plan}&unitCode=04&asOf=2020-12-31");
        page.ShouldContain("Xã tổ chức hoạt động thông tin, tuyên truyền");
        page.ShouldContain($"{withActivity}/{communes} xã đã tổ chức ít nhất một hoạt động từ 06/03/2020 đến 31/12/2020.");
        page.ShouldContain($"Xã chưa tổ chức hoạt động ({communes - withActivity})");
        page.ShouldContain($"và {communes - withActivity - 30} xã khác");
    }

    private async Task<int> AttachmentCountAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Training.EntityFrameworkCore.TrainingDbContext>().ActivityAttachments.CountAsync();
    }

    private static Dictionary<string, string> Fields(string unit, string date, string title) => new()
    {
        ["Input.UnitCode"] = unit, ["Input.Date"] = date, ["Input.Form"] = "CommunityMeeting", ["Input.Title"] = title, ["Input.Participants"] = "40",
    };

    private async Task<PageClient> SignedInAsync(string email)
    {
        var client = new PageClient(factory);
        (await client.SignInAsync(email, DemoDataSeeder.DemoPassword)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }
}
