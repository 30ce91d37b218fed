using System.Net;
using Training.Web.Tests.Pages;
using Training.Web.Tests.Security;

namespace Training.Web.Tests.Certificates;

/// <summary>The registry and the session's page as a trainer uses them, without script: issue a session's papers, find them, revoke one with a reason.</summary>
public class CertificatePages_Tests(TrainingWebApplicationFactory factory) : IClassFixture<TrainingWebApplicationFactory>
{
    [Fact]
    public async Task A_Trainer_Issues_A_Sessions_Certificates_Finds_Them_In_The_Registry_And_Revokes_One_With_A_Reason()
    {
        var trainerApi = await factory.CreateBearerClientAsync("trainer@demo.local");
        var admin = await factory.CreateBearerClientAsync("admin@demo.local");
        var course = await CertificateFlow_Tests.CourseAsync(trainerApi, "GCN-TRANG-1", new { allLessons = false, minAttendancePercent = 100, quizRequired = false });
        var person = (await admin.CreatePersonAsync("Triệu Thị Mai", "01666")).Id();
        var session = await CertificateFlow_Tests.SessionAsync(trainerApi, course, [person]);
        var trainer = new PageClient(factory);
        (await trainer.SignInAsync("trainer@demo.local", Training.Data.DemoDataSeeder.DemoPassword)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var details = $"/Sessions/Details/{session}";
        var issued = await trainer.PostFormAsync(details, new Dictionary<string, string>(), formAction: details + "?handler=Certificates");
        issued.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await trainer.Http.GetStringAsync(details)).ShouldContain("Đã cấp 0 giấy chứng nhận, 1 người đã có.");

        var registry = await trainer.Http.GetStringAsync("/Certificates?unitCode=051");
        registry.ShouldContain("Triệu Thị Mai");
        registry.ShouldContain("Còn hiệu lực");
        var id = (await trainerApi.GetAsync($"/api/training/certificates?unitCode=051&courseId={course}").JsonAsync(HttpStatusCode.OK))
            .GetProperty("items")[0].Id();

        var empty = await trainer.PostFormAsync("/Certificates?unitCode=051", new Dictionary<string, string> { ["Reason"] = " " },
            formAction: $"/Certificates?handler=Revoke&id={id}&unitCode=051");
        empty.StatusCode.ShouldBe(HttpStatusCode.OK, "a revocation without a reason stays on the page");
        (await empty.Content.ReadAsStringAsync()).ShouldContain("Cần nêu lý do");
        var revoked = await trainer.PostFormAsync("/Certificates?unitCode=051", new Dictionary<string, string> { ["Reason"] = "Cấp nhầm người" },
            formAction: $"/Certificates?handler=Revoke&id={id}&unitCode=051");
        revoked.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await trainer.Http.GetStringAsync("/Certificates?unitCode=051&status=Revoked")).ShouldContain("Triệu Thị Mai");
        (await trainerApi.GetAsync($"/api/training/certificates/{id}").JsonAsync(HttpStatusCode.OK)).GetProperty("revocationReason").GetString()
            .ShouldBe("Cấp nhầm người");
    }
}
