using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Training.EntityFrameworkCore;
using Training.Notifications;
using Training.Web.Tests.Quizzes;
using Training.Web.Tests.Security;
using UglyToad.PdfPig;

namespace Training.Web.Tests.Certificates;

/// <summary>
/// Issue 17's "done when" through the API: a certificate with every completion of a course that grants one (quiz, attendance,
/// by hand), one per completion; verification that answers Valid, Revoked (naming the replacement) and Expired; revocation
/// taking the person out of coverage; the session's papers as a ZIP; and who may read what.
/// </summary>
public partial class CertificateFlow_Tests(TrainingWebApplicationFactory factory) : IClassFixture<TrainingWebApplicationFactory>
{
    private const string HoaAnCommune = "01666";
    private static readonly object QuizOnly = new { allLessons = false, minAttendancePercent = (int?)null, quizRequired = true };
    private static readonly object AttendanceOnly = new { allLessons = false, minAttendancePercent = 100, quizRequired = false };

    [GeneratedRegex("^[0-9ABCDEFGHJKMNPQRSTVWXYZ]{16}$")]
    private static partial Regex Code();

    [Fact]
    public async Task A_Learner_Who_Passes_The_Final_Quiz_Finds_Exactly_One_Certificate_Its_Pdf_And_Its_Public_Page()
    {
        var trainer = await factory.CreateBearerClientAsync("trainer@demo.local");
        var quiz = await QuizScenario.PublishAsync(trainer, "GCN-KT/01", QuizOnly, issuesCertificate: true);
        var learner = await factory.CreateBearerClientAsync("learner@demo.local");
        var attempt = (await learner.PostAsync($"/api/training/quizzes/{quiz.QuizId}/attempts", null).JsonAsync(HttpStatusCode.Created))
            .GetProperty("attemptId").GetString();
        await learner.PutAsJsonAsync($"/api/training/attempts/{attempt}/answers/{quiz.Single.Id}", new { selectedOptionIds = quiz.Single.Right })
            .JsonAsync(HttpStatusCode.OK);
        await learner.PutAsJsonAsync($"/api/training/attempts/{attempt}/answers/{quiz.Multiple.Id}", new { selectedOptionIds = quiz.Multiple.Right })
            .JsonAsync(HttpStatusCode.OK);

        var result = await learner.PostAsync($"/api/training/attempts/{attempt}/submit", null).JsonAsync(HttpStatusCode.OK);
        var again = await learner.PostAsync($"/api/training/attempts/{attempt}/submit", null).JsonAsync(HttpStatusCode.OK);

        var certificateId = result.GetProperty("certificateId").GetString();
        certificateId.ShouldNotBeNull();
        again.GetProperty("certificateId").GetString().ShouldBe(certificateId);
        var mine = (await learner.GetAsync("/api/training/certificates").JsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray()
            .Where(c => c.GetProperty("courseCode").GetString() == quiz.Code).ToList();
        var certificate = mine.ShouldHaveSingleItem();
        certificate.Id().ShouldBe(certificateId);
        certificate.GetProperty("status").GetString().ShouldBe("Valid");
        var year = Training.Timing.BusinessClock.Today(TimeProvider.System).Year;
        certificate.GetProperty("serial").GetString()!.ShouldMatch($"^{year}/GCN-KT/01/[0-9]{{6}}$");
        var code = certificate.GetProperty("verificationCode").GetString()!;
        Code().IsMatch(code).ShouldBeTrue(code);

        var detail = await learner.GetAsync($"/api/training/certificates/{certificateId}").JsonAsync(HttpStatusCode.OK);
        var holder = detail.GetProperty("holder").GetString()!;
        detail.GetProperty("verifyUrl").GetString().ShouldEndWith("/verify/" + code);
        var pdf = await learner.GetAsync($"/api/training/certificates/{certificateId}/pdf");
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        using (var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync()))
        {
            var text = string.Join(' ', document.GetPage(1).GetWords().Select(w => w.Text));
            text.ShouldContain(holder);
            text.ShouldContain(code);
        }

        var anonymous = factory.CreateClient();
        var verified = await anonymous.GetAsync($"/api/public/certificates/{code.ToLowerInvariant()}").JsonAsync(HttpStatusCode.OK);
        verified.GetProperty("status").GetString().ShouldBe("Valid");
        verified.GetProperty("holder").GetString().ShouldBe(holder);
        verified.GetProperty("serial").GetString().ShouldBe(certificate.GetProperty("serial").GetString());
        verified.GetProperty("course").GetString().ShouldBe("Phòng, chống tệ nạn xã hội – kiểm tra");
        verified.GetProperty("issuedAt").GetString()!.ShouldMatch(@"^\d{4}-\d{2}-\d{2}$");
        verified.TryGetProperty("staffId", out _).ShouldBeFalse("nothing about the person beyond what is printed");
        verified.TryGetProperty("verificationCode", out _).ShouldBeFalse();

        var page = await anonymous.GetAsync($"/verify/{code}");
        var html = await page.Content.ReadAsStringAsync();
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Headers.GetValues("X-Robots-Tag").ShouldContain(v => v.Contains("noindex"));
        html.ShouldContain(holder);
        html.ShouldContain("Còn hiệu lực");
        html.ShouldNotContain("<script");
        html.ShouldNotContain("bootstrap");

        (await anonymous.GetAsync("/api/public/certificates/0000000000000000").JsonAsync(HttpStatusCode.NotFound)).Code().ShouldBe("Training:CertificateNotFound");
        (await anonymous.GetAsync("/api/public/certificates/not-a-code")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync("/verify/0000000000000000")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task From_30_Days_Before_Expiry_The_Holder_Renews_By_The_Final_Quiz_With_A_Fresh_Count_Of_Attempts()
    {
        var trainer = await factory.CreateBearerClientAsync("trainer@demo.local");
        var quiz = await QuizScenario.PublishAsync(trainer, "GCN-GIAHAN-1", QuizOnly, new() { ["maxAttempts"] = 1 }, issuesCertificate: true);
        var learner = await factory.CreateBearerClientAsync("learner@demo.local");
        await PassAsync(learner, quiz);
        (await learner.PostAsync($"/api/training/quizzes/{quiz.QuizId}/attempts", null).JsonAsync(HttpStatusCode.Conflict)).Code()
            .ShouldBe("Training:NoAttemptsLeft", "one attempt, used, and the certificate far from expiry");
        var first = (await MineAsync(learner, quiz.Code)).ShouldHaveSingleItem();
        var expires = DateOnly.Parse(first.GetProperty("expiresAt").GetString()!, System.Globalization.CultureInfo.InvariantCulture);

        // Twenty days before it expires, by the server's clock: a fresh attempt, and a pass earns a new certificate.
        var clock = new FakeTimeProvider(new DateTimeOffset(expires.AddDays(-20).ToDateTime(new TimeOnly(3, 0)), TimeSpan.Zero));
        await using var later = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock))));
        var renewing = later.CreateClient();
        var token = await renewing.PostAsJsonAsync("/api/identity/login", new { email = "learner@demo.local", password = Training.Data.DemoDataSeeder.DemoPassword })
            .JsonAsync(HttpStatusCode.OK);
        renewing.DefaultRequestHeaders.Authorization = new("Bearer", token.GetProperty("accessToken").GetString());
        (await renewing.GetAsync($"/api/training/certificates/{first.Id()}").JsonAsync(HttpStatusCode.OK)).GetProperty("renewable").GetBoolean().ShouldBeTrue();
        await PassAsync(renewing, quiz);

        var both = await MineAsync(renewing, quiz.Code);
        both.Count.ShouldBe(2);
        both.Select(c => c.GetProperty("expiresAt").GetString()).ShouldContain(expires.AddDays(-20).AddMonths(24).AddDays(-1).ToString("yyyy-MM-dd"));
    }

    [Fact]
    public async Task Thirty_Days_Before_Expiry_The_Holder_Is_Told_Once_In_The_App_And_By_Mail_And_Officers_List_Those_Due()
    {
        var trainer = await factory.CreateBearerClientAsync("trainer@demo.local");
        var course = await CourseAsync(trainer, "GCN-HETHAN-1", AttendanceOnly, validityMonths: 12);
        var learnerId = (await trainer.GetAsync("/api/training/staff?search=" + Uri.EscapeDataString("Lục Văn Thắng")).JsonAsync(HttpStatusCode.OK))
            .GetProperty("items")[0].Id();
        var today = Training.Timing.BusinessClock.Today(TimeProvider.System);
        var soon = await trainer.PostAsJsonAsync("/api/training/certificates", new
        {
            staffId = learnerId, courseId = course, completedOn = today.AddMonths(-12).AddDays(20).ToString("yyyy-MM-dd"), reason = "Lớp năm ngoái",
        }).JsonAsync(HttpStatusCode.Created);
        var admin = await factory.CreateBearerClientAsync("admin@demo.local");
        var later = (await admin.CreatePersonAsync("Hà Văn Muộn", HoaAnCommune)).Id();
        await trainer.PostAsJsonAsync("/api/training/certificates", new
        {
            staffId = later, courseId = course, completedOn = today.AddMonths(-12).AddDays(60).ToString("yyyy-MM-dd"), reason = "Lớp năm ngoái",
        }).JsonAsync(HttpStatusCode.Created);

        var mail = new RecordingEmailSender();
        for (var run = 0; run < 2; run++)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            await ActivatorUtilities.CreateInstance<Training.Certificates.CertificateExpiryQuartzJob>(scope.ServiceProvider, (IEmailSender)mail)
                .Execute(null!, CancellationToken.None);
        }

        var learner = await factory.CreateBearerClientAsync("learner@demo.local");
        var notice = (await learner.GetAsync("/api/training/notifications").JsonAsync(HttpStatusCode.OK)).EnumerateArray()
            .Where(n => n.GetProperty("text").GetString()!.Contains(soon.GetProperty("serial").GetString()!)).ShouldHaveSingleItem();
        notice.GetProperty("link").GetString().ShouldBe("/Learn/Certificates");
        mail.Sent.Where(m => m.To == "learner@demo.local" && m.Body.Contains(soon.GetProperty("serial").GetString()!)).ShouldHaveSingleItem();
        mail.Sent.ShouldNotContain(m => m.Body.Contains("GCN-HETHAN-1") && !m.Body.Contains(soon.GetProperty("serial").GetString()!));

        var officer = await factory.CreateBearerClientAsync("officer@demo.local");
        var due = (await officer.GetAsync($"/api/training/certificates?unitCode=051&courseId={course}&status=Valid&expiringBy={today.AddDays(30):yyyy-MM-dd}")
            .JsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray().ToList();
        due.ShouldHaveSingleItem().GetProperty("holder").GetString().ShouldBe("Lục Văn Thắng");
    }

    [Fact]
    public async Task A_Holder_Due_For_Renewal_Renews_By_Attending_A_New_Session_And_One_Far_From_Expiry_Is_Not_Issued_Again()
    {
        var trainer = await factory.CreateBearerClientAsync("trainer@demo.local");
        var admin = await factory.CreateBearerClientAsync("admin@demo.local");
        var course = await CourseAsync(trainer, "GCN-LOPMOI-1", AttendanceOnly, validityMonths: 12);
        var (due, fresh) = ((await admin.CreatePersonAsync("Lý Văn Hạn", HoaAnCommune)).Id(), (await admin.CreatePersonAsync("Lý Thị Mới", HoaAnCommune)).Id());
        var today = Training.Timing.BusinessClock.Today(TimeProvider.System);
        foreach (var (person, completedOn) in new[] { (due, today.AddMonths(-12).AddDays(10)), (fresh, today.AddMonths(-2)) })
        {
            await trainer.PostAsJsonAsync("/api/training/certificates", new { staffId = person, courseId = course, completedOn = completedOn.ToString("yyyy-MM-dd"), reason = "Lớp cũ" })
                .JsonAsync(HttpStatusCode.Created);
        }

        await SessionAsync(trainer, course, [due, fresh]);

        var officer = await factory.CreateBearerClientAsync("officer@demo.local");
        var held = (await RegistryAsync(officer, course)).GroupBy(c => c.GetProperty("holder").GetString()).ToDictionary(g => g.Key!, g => g.Count());
        held.ShouldBe(new Dictionary<string, int> { ["Lý Văn Hạn"] = 2, ["Lý Thị Mới"] = 1 });
    }

    private static async Task PassAsync(HttpClient learner, QuizScenario quiz)
    {
        var attempt = (await learner.PostAsync($"/api/training/quizzes/{quiz.QuizId}/attempts", null).JsonAsync(HttpStatusCode.Created))
            .GetProperty("attemptId").GetString();
        await learner.PutAsJsonAsync($"/api/training/attempts/{attempt}/answers/{quiz.Single.Id}", new { selectedOptionIds = quiz.Single.Right })
            .JsonAsync(HttpStatusCode.OK);
        await learner.PutAsJsonAsync($"/api/training/attempts/{attempt}/answers/{quiz.Multiple.Id}", new { selectedOptionIds = quiz.Multiple.Right })
            .JsonAsync(HttpStatusCode.OK);
        (await learner.PostAsync($"/api/training/attempts/{attempt}/submit", null).JsonAsync(HttpStatusCode.OK)).GetProperty("certificateId").GetString()
            .ShouldNotBeNull();
    }

    private static async Task<List<JsonElement>> MineAsync(HttpClient learner, string courseCode) =>
        (await learner.GetAsync("/api/training/certificates?pageSize=100").JsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray()
            .Where(c => c.GetProperty("courseCode").GetString() == courseCode).ToList();

    [Fact]
    public async Task Attendance_Issues_One_Certificate_Each_And_The_Sessions_Issue_Is_Idempotent_Also_For_Older_Completions()
    {
        var (trainer, admin) = (await factory.CreateBearerClientAsync("trainer@demo.local"), await factory.CreateBearerClientAsync("admin@demo.local"));
        var course = await CourseAsync(trainer, "GCN-LOP-1", AttendanceOnly);
        var people = new[] { (await admin.CreatePersonAsync("Nông Thị Hằng", HoaAnCommune)).Id(), (await admin.CreatePersonAsync("Hoàng Văn Đức", HoaAnCommune)).Id() };
        var session = await SessionAsync(trainer, course, people);

        var officer = await factory.CreateBearerClientAsync("officer@demo.local");
        var registry = await RegistryAsync(officer, course);
        registry.Select(c => c.GetProperty("holder").GetString()).ShouldBe(["Hoàng Văn Đức", "Nông Thị Hằng"], ignoreOrder: true);
        registry.Select(c => c.GetProperty("serial").GetString()).Distinct().Count().ShouldBe(2);
        (await trainer.PostAsync($"/api/training/sessions/{session}/certificates", null).JsonAsync(HttpStatusCode.OK)).ShouldSatisfyAllConditions(
            r => r.GetProperty("issued").GetInt32().ShouldBe(0), r => r.GetProperty("skipped").GetInt32().ShouldBe(2));

        // Completions recorded before certificates existed: the session's issue gives them theirs, once.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
            await db.Certificates.Where(c => c.CourseId == Guid.Parse(course)).ExecuteDeleteAsync();
        }

        var first = await trainer.PostAsync($"/api/training/sessions/{session}/certificates", null).JsonAsync(HttpStatusCode.OK);
        var second = await trainer.PostAsync($"/api/training/sessions/{session}/certificates", null).JsonAsync(HttpStatusCode.OK);
        (first.GetProperty("issued").GetInt32(), first.GetProperty("skipped").GetInt32()).ShouldBe((2, 0));
        (second.GetProperty("issued").GetInt32(), second.GetProperty("skipped").GetInt32()).ShouldBe((0, 2));
        (await RegistryAsync(officer, course)).Count.ShouldBe(2);

        var zip = await trainer.GetAsync($"/api/training/sessions/{session}/certificates.zip");
        zip.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var archive = new ZipArchive(new MemoryStream(await zip.Content.ReadAsByteArrayAsync()));
        archive.Entries.Count.ShouldBe(2);
        var names = new List<string>();
        foreach (var entry in archive.Entries)
        {
            using var copy = new MemoryStream();
            await using (var stream = await entry.OpenAsync())
            {
                await stream.CopyToAsync(copy);
            }

            using var document = PdfDocument.Open(copy.ToArray());
            names.Add(string.Join(' ', document.GetPage(1).GetWords().Select(w => w.Text)));
        }

        names.ShouldContain(t => t.Contains("Nông Thị Hằng"));
        names.ShouldContain(t => t.Contains("Hoàng Văn Đức"));

        var export = await officer.GetAsync($"/api/training/certificates/export?unitCode=051&courseId={course}");
        var rows = WorkbookBuilder.ReadFirstSheet(await export.Content.ReadAsByteArrayAsync(), out _);
        rows.SelectMany(r => r).ShouldContain("Nông Thị Hằng");
        rows.SelectMany(r => r).ShouldContain("Còn hiệu lực");

        // Someone else's certificate is no learner's business: 404, as for one that does not exist.
        var learner = await factory.CreateBearerClientAsync("learner@demo.local");
        (await learner.GetAsync($"/api/training/certificates/{registry[0].Id()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await learner.GetAsync($"/api/training/certificates/{registry[0].Id()}/pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await learner.GetAsync($"/api/training/certificates?staffId={people[0]}").JsonAsync(HttpStatusCode.OK)).GetProperty("totalCount").GetInt64().ShouldBe(0);
        (await learner.PostAsync($"/api/training/sessions/{session}/certificates", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Verification_Answers_Valid_Then_Revoked_With_The_Replacement_After_A_Reissue_And_Expired_When_The_Validity_Ends()
    {
        var trainer = await factory.CreateBearerClientAsync("trainer@demo.local");
        var admin = await factory.CreateBearerClientAsync("admin@demo.local");
        var course = await CourseAsync(trainer, "GCN-TAY-1", AttendanceOnly, validityMonths: 12);
        var person = (await admin.CreatePersonAsync("Lương Thị Thuỷ", HoaAnCommune)).Id();
        var today = Training.Timing.BusinessClock.Today(TimeProvider.System);
        var anonymous = factory.CreateClient();

        (await trainer.PostAsJsonAsync("/api/training/certificates", new { staffId = person, courseId = course, completedOn = today.ToString("yyyy-MM-dd") })
            .JsonAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("reason", out _).ShouldBeTrue("a hand issue says why");
        var issued = await trainer.PostAsJsonAsync("/api/training/certificates",
            new { staffId = person, courseId = course, completedOn = today.ToString("yyyy-MM-dd"), reason = "Hoàn thành lớp ngoài hệ thống" })
            .JsonAsync(HttpStatusCode.Created);
        (await trainer.PostAsJsonAsync("/api/training/certificates",
            new { staffId = person, courseId = course, completedOn = today.ToString("yyyy-MM-dd"), reason = "Bấm hai lần" })
            .JsonAsync(HttpStatusCode.Conflict)).Code().ShouldBe("Training:CertificateAlreadyIssued");
        var code = issued.GetProperty("verificationCode").GetString()!;
        issued.GetProperty("expiresAt").GetString().ShouldBe(today.AddMonths(12).AddDays(-1).ToString("yyyy-MM-dd"));
        (await anonymous.GetAsync($"/api/public/certificates/{code}").JsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString().ShouldBe("Valid");

        // A corrected name shows only after a re-issue: the paper keeps the facts it was issued with.
        await admin.PutAsJsonAsync($"/api/training/staff/{person}", new { fullName = "Lương Thị Thủy" }).JsonAsync(HttpStatusCode.OK);
        (await anonymous.GetAsync($"/api/public/certificates/{code}").JsonAsync(HttpStatusCode.OK)).GetProperty("holder").GetString().ShouldBe("Lương Thị Thuỷ");
        var replacement = await trainer.PostAsJsonAsync($"/api/training/certificates/{issued.Id()}/reissue", new { reason = "Sửa họ tên" })
            .JsonAsync(HttpStatusCode.Created);
        replacement.GetProperty("holder").GetString().ShouldBe("Lương Thị Thủy");
        replacement.GetProperty("serial").GetString().ShouldNotBe(issued.GetProperty("serial").GetString());
        var old = await anonymous.GetAsync($"/api/public/certificates/{code}").JsonAsync(HttpStatusCode.OK);
        old.GetProperty("status").GetString().ShouldBe("Revoked");
        old.GetProperty("replacedBySerial").GetString().ShouldBe(replacement.GetProperty("serial").GetString());
        old.GetProperty("revocationReason").GetString().ShouldBe("Sửa họ tên");
        (await trainer.PostAsJsonAsync($"/api/training/certificates/{issued.Id()}/revoke", new { reason = "Lần nữa" }).JsonAsync(HttpStatusCode.Conflict))
            .Code().ShouldBe("Training:CertificateAlreadyRevoked");

        var newCode = replacement.GetProperty("verificationCode").GetString()!;
        (await anonymous.GetAsync($"/api/public/certificates/{newCode}").JsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString().ShouldBe("Valid");

        // A year and a day later, by the server's clock.
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow.AddMonths(12).AddDays(1));
        await using var later = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock))));
        (await later.CreateClient().GetAsync($"/api/public/certificates/{newCode}").JsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString()
            .ShouldBe("Expired");

        var revoked = await trainer.PostAsJsonAsync($"/api/training/certificates/{replacement.Id()}/revoke", new { reason = "Cấp nhầm người" })
            .JsonAsync(HttpStatusCode.OK);
        revoked.GetProperty("status").GetString().ShouldBe("Revoked");
        var page = await (await anonymous.GetAsync($"/verify/{newCode}")).Content.ReadAsStringAsync();
        page.ShouldContain("Đã thu hồi");
        page.ShouldContain("Cấp nhầm người");
        using var pdf = PdfDocument.Open(await trainer.GetByteArrayAsync($"/api/training/certificates/{replacement.Id()}/pdf"));
        string.Concat(pdf.GetPage(1).Letters.Select(l => l.Value)).ShouldContain("ĐÃ THU HỒI");
    }

    [Fact]
    public async Task Revoking_Takes_The_Person_Out_Of_Coverage_And_A_Valid_Certificate_Counts_Though_Its_Completion_Predates_The_Plan()
    {
        var trainer = await factory.CreateBearerClientAsync("trainer@demo.local");
        var admin = await factory.CreateBearerClientAsync("admin@demo.local");
        var reviewer = await factory.CreateBearerClientAsync("reviewer@demo.local");
        var course = await CourseAsync(trainer, "GCN-PHU-1", AttendanceOnly, validityMonths: 36);
        const string commune = "01654"; // Xã Hòa An, from 1 July 2025
        var before = await admin.PostAsJsonAsync("/api/training/staff", new
        {
            fullName = "Đàm Văn Trước", unitCode = commune, role = "InspectionTeamMember", inScope = true, activeFrom = "2025-07-01",
        }).JsonAsync(HttpStatusCode.Created);
        var during = await admin.PostAsJsonAsync("/api/training/staff", new
        {
            fullName = "Đàm Thị Trong", unitCode = commune, role = "InspectionTeamMember", inScope = true, activeFrom = "2025-07-01",
        }).JsonAsync(HttpStatusCode.Created);
        var today = Training.Timing.BusinessClock.Today(TimeProvider.System);
        var plan = (await reviewer.PostAsJsonAsync("/api/training/coverage/plans", new
        {
            name = "Kế hoạch giấy chứng nhận", startsOn = today.AddMonths(-6).ToString("yyyy-MM-dd"), endsOn = today.AddMonths(6).ToString("yyyy-MM-dd"),
            rootUnitCode = "04", courseCodes = new[] { "GCN-PHU-1" }, roles = new[] { "InspectionTeamMember" },
        }).JsonAsync(HttpStatusCode.Created)).Id();
        var old = await trainer.PostAsJsonAsync("/api/training/certificates", new
        {
            staffId = before.Id(), courseId = course, completedOn = today.AddYears(-2).ToString("yyyy-MM-dd"), reason = "Lớp năm trước",
        }).JsonAsync(HttpStatusCode.Created);
        var recent = await trainer.PostAsJsonAsync("/api/training/certificates", new
        {
            staffId = during.Id(), courseId = course, completedOn = today.AddDays(-3).ToString("yyyy-MM-dd"), reason = "Lớp tháng này",
        }).JsonAsync(HttpStatusCode.Created);

        async Task<(int InScope, int Trained)> CommuneAsync()
        {
            var coverage = await reviewer.GetAsync($"/api/training/coverage?planId={plan}&unitCode={commune}").JsonAsync(HttpStatusCode.OK);
            return (coverage.GetProperty("inScope").GetInt32(), coverage.GetProperty("trained").GetInt32());
        }

        (await CommuneAsync()).ShouldBe((2, 2), "a certificate valid today counts, though earned before the plan");
        await trainer.PostAsJsonAsync($"/api/training/certificates/{recent.Id()}/revoke", new { reason = "Không dự đủ buổi" }).JsonAsync(HttpStatusCode.OK);
        (await CommuneAsync()).ShouldBe((2, 1), "the revoked certificate's completion is void");
        await trainer.PostAsJsonAsync($"/api/training/certificates/{old.Id()}/revoke", new { reason = "Giả mạo" }).JsonAsync(HttpStatusCode.OK);
        (await CommuneAsync()).ShouldBe((2, 0));
        var untrained = await reviewer.GetAsync($"/api/training/coverage/untrained?planId={plan}&unitCode={commune}").JsonAsync(HttpStatusCode.OK);
        untrained.GetProperty("totalCount").GetInt64().ShouldBe(2);
    }

    [Fact]
    public async Task Settings_Sign_The_Certificates_Of_The_Organisers_Sessions_And_A_Bad_Image_Names_Its_Field()
    {
        var trainer = await factory.CreateBearerClientAsync("trainer@demo.local");
        var admin = await factory.CreateBearerClientAsync("admin@demo.local");
        var province = (await admin.GetAsync("/api/training/organization-units?asOf=2020-06-30").JsonAsync(HttpStatusCode.OK)).EnumerateArray()
            .First(u => u.GetProperty("code").GetString() == "04").Id();
        (await trainer.PutAsJsonAsync($"/api/training/organization-units/{province}/certificate-settings", new { issuingBody = "Sở LĐ-TB&XH", signatureImage = "aGVsbG8=" })
            .JsonAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("signatureImage", out _).ShouldBeTrue();
        // A PNG by its first bytes that no library can draw is refused now, not on every paper after.
        var broken = OnePixelPng[..16].Concat(new byte[64]).ToArray();
        (await trainer.PutAsJsonAsync($"/api/training/organization-units/{province}/certificate-settings", new { signatureImage = Convert.ToBase64String(broken) })
            .JsonAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("signatureImage", out _).ShouldBeTrue();
        var saved = await trainer.PutAsJsonAsync($"/api/training/organization-units/{province}/certificate-settings", new
        {
            parentBody = "UBND tỉnh Cao Bằng", issuingBody = "Sở Lao động - Thương binh và Xã hội", signerTitle = "Giám đốc", signerName = "Nguyễn Văn Ký",
            signatureImage = Convert.ToBase64String(OnePixelPng),
        }).JsonAsync(HttpStatusCode.OK);
        saved.GetProperty("hasSignatureImage").GetBoolean().ShouldBeTrue();

        var course = await CourseAsync(trainer, "GCN-KY-1", AttendanceOnly);
        var person = (await admin.CreatePersonAsync("Bế Văn Ký", HoaAnCommune)).Id();
        await SessionAsync(trainer, course, [person]);
        var certificate = (await RegistryAsync(await factory.CreateBearerClientAsync("officer@demo.local"), course)).ShouldHaveSingleItem();
        var verified = await factory.CreateClient().GetAsync($"/api/public/certificates/{certificate.GetProperty("verificationCode").GetString()}")
            .JsonAsync(HttpStatusCode.OK);
        (verified.GetProperty("issuingBody").GetString(), verified.GetProperty("signerName").GetString())
            .ShouldBe(("Sở Lao động - Thương binh và Xã hội", "Nguyễn Văn Ký"));
        verified.GetProperty("sessionDates").GetProperty("from").GetString().ShouldBe("2026-11-02");
        using var pdf = PdfDocument.Open(await trainer.GetByteArrayAsync($"/api/training/certificates/{certificate.Id()}/pdf"));
        pdf.GetPage(1).GetImages().Count().ShouldBeGreaterThanOrEqualTo(1);
        string.Join(' ', pdf.GetPage(1).GetWords().Select(w => w.Text)).ShouldContain("Nguyễn Văn Ký");

        var officer = await factory.CreateBearerClientAsync("officer@demo.local");
        (await officer.PutAsJsonAsync($"/api/training/organization-units/{province}/certificate-settings", new { issuingBody = "Giả" })).StatusCode
            .ShouldBe(HttpStatusCode.Forbidden);
    }

    /// <summary>A 1×1 RGBA PNG.</summary>
    private static readonly byte[] OnePixelPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private static async Task<List<JsonElement>> RegistryAsync(HttpClient reader, string courseId) =>
        (await reader.GetAsync($"/api/training/certificates?unitCode=051&courseId={courseId}").JsonAsync(HttpStatusCode.OK)).GetProperty("items")
            .EnumerateArray().ToList();

    internal static async Task<string> CourseAsync(HttpClient trainer, string code, object rule, int? validityMonths = 24)
    {
        var id = (await trainer.PostAsJsonAsync("/api/training/courses", new
        {
            code, title = "Bồi dưỡng kỹ năng phòng, chống mại dâm", description = "Cho cán bộ cơ sở", audienceRoles = Array.Empty<string>(),
            completionRule = rule, certificateValidityMonths = validityMonths, qualifiesForCoverage = true, issuesCertificate = true,
        }).JsonAsync(HttpStatusCode.Created)).Id();
        await trainer.PostAsJsonAsync($"/api/training/courses/{id}/lessons", new { title = "Bài 1", body = "<p>Pháp luật</p>" }).JsonAsync(HttpStatusCode.Created);
        await trainer.PostAsync($"/api/training/courses/{id}/publish", null).JsonAsync(HttpStatusCode.OK);
        return id;
    }

    /// <summary>A two-day session in November 2026 organised by the province, the people enrolled and present on both days.</summary>
    internal static async Task<string> SessionAsync(HttpClient trainer, string courseId, IReadOnlyList<string> people)
    {
        var session = (await trainer.PostAsJsonAsync("/api/training/sessions", new
        {
            courseId, title = "Lớp bồi dưỡng", mode = "InPerson", organizerUnitCode = "04", venue = "Hội trường", capacity = 40,
            days = new[] { "2026-11-02", "2026-11-03" },
        }).JsonAsync(HttpStatusCode.Created)).Id();
        await trainer.PostAsJsonAsync($"/api/training/sessions/{session}/enrollments", new { staffIds = people }).JsonAsync(HttpStatusCode.OK);
        foreach (var day in new[] { "2026-11-02", "2026-11-03" })
        {
            await trainer.PutAsJsonAsync($"/api/training/sessions/{session}/attendance", new { date = day, presentStaffIds = people }).JsonAsync(HttpStatusCode.OK);
        }

        return session;
    }
}
