using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Training.Web.Tests.Pages;

namespace Training.Web.Tests.Courses;

public class SessionPages_Tests(TrainingWebApplicationFactory factory) : IClassFixture<TrainingWebApplicationFactory>
{
    [Fact]
    public async Task A_Trainer_Enrols_A_Commune_And_Takes_A_Days_Attendance_On_The_Page()
    {
        var api = await factory.CreateBearerClientAsync("trainer@demo.local");
        var course = await (await api.PostAsJsonAsync("/api/training/courses", new
        {
            code = "TRANG-1", title = "Tập huấn tại xã", completionRule = new { allLessons = false, minAttendancePercent = 100, quizRequired = false },
        })).Content.ReadFromJsonAsync<JsonElement>();
        var session = await (await api.PostAsJsonAsync("/api/training/sessions", new
        {
            courseId = course.GetProperty("id").GetString(), title = "Lớp xã Nguyễn Huệ", mode = "InPerson", organizerUnitCode = "051", capacity = 30,
            days = new[] { "2020-05-20" },
        })).Content.ReadFromJsonAsync<JsonElement>();
        var url = $"/Sessions/Details/{session.GetProperty("id").GetString()}";
        var page = new PageClient(factory);
        await page.SignInAsync("trainer@demo.local", "Demo@2020");

        var enrolled = await page.PostFormAsync(url, new Dictionary<string, string> { ["unitCode"] = "01699 - Xã Nguyễn Huệ" }, url + "?handler=Enroll");
        var afterEnrol = await page.Http.GetStringAsync(url);
        var people = (await api.GetFromJsonAsync<JsonElement>($"/api/training/sessions/{session.GetProperty("id").GetString()}/enrollments"))
            .EnumerateArray().Select(e => e.GetProperty("staffMemberId").GetString()!).ToList();
        var form = new FormUrlEncodedContent(people.Select(id => new KeyValuePair<string, string>("present", id))
            .Append(new("date", "2020-05-20"))
            .Append(new("__RequestVerificationToken", System.Text.RegularExpressions.Regex.Match(afterEnrol, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value)));
        var attendance = await page.Http.PostAsync(url + "?handler=Attendance", form);
        var afterAttendance = await page.Http.GetStringAsync(url);

        enrolled.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        people.Count.ShouldBeGreaterThan(0);
        afterEnrol.ShouldContain("Lưu điểm danh ngày này");
        attendance.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        afterAttendance.ShouldContain($"{people.Count} người có mặt, {people.Count} người hoàn thành khoá học.");
        afterAttendance.ShouldContain("Hoàn thành");
        afterAttendance.ShouldContain("danh sách ký tên (PDF)");
    }
}
