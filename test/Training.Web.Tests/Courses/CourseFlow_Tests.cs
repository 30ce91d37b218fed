using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Training.Web.Tests.Courses;

/// <summary>The trainer's and the learner's ways through courses and sessions, through the API alone.</summary>
public class CourseFlow_Tests(TrainingWebApplicationFactory factory) : IClassFixture<TrainingWebApplicationFactory>
{
    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static async Task<JsonElement> CreateCourseAsync(HttpClient trainer, string code, object rule, params (string Title, string Body)[] lessons)
    {
        var course = await JsonAsync(await trainer.PostAsJsonAsync("/api/training/courses", new
        {
            code, title = "Phòng, chống mại dâm cho cán bộ cơ sở", description = "Kiến thức, kỹ năng cho cán bộ xã", audienceRoles = Array.Empty<string>(),
            completionRule = rule, certificateValidityMonths = 24, qualifiesForCoverage = true,
        }), HttpStatusCode.Created);
        foreach (var (title, body) in lessons)
        {
            await JsonAsync(await trainer.PostAsJsonAsync($"/api/training/courses/{course.GetProperty("id")}/lessons", new { title, body, videoUrl = (string?)null }),
                HttpStatusCode.Created);
        }

        return course;
    }

    [Fact]
    public async Task Attendance_On_Both_Days_Completes_Exactly_Those_25_Dated_The_Last_Day()
    {
        var trainer = await factory.CreateBearerClientAsync("trainer@demo.local");
        var course = await CreateCourseAsync(trainer, "PCMD-TH-2020", new { allLessons = false, minAttendancePercent = 100, quizRequired = false },
            ("Bài 1: Văn bản pháp luật", "<p>Luật phòng, chống mại dâm</p>"), ("Bài 2: Kỹ năng tuyên truyền", "<p>Truyền thông tại cơ sở</p>"));
        var courseId = course.GetProperty("id").GetString();
        var published = await JsonAsync(await trainer.PostAsync($"/api/training/courses/{courseId}/publish", null), HttpStatusCode.OK);
        var session = await JsonAsync(await trainer.PostAsJsonAsync("/api/training/sessions", new
        {
            courseId, title = "Lớp tập huấn huyện Hoà An, tháng 6/2020", mode = "InPerson", organizerUnitCode = "051", venue = "Hội trường UBND huyện Hoà An",
            capacity = 40, days = new[] { "2020-06-10", "2020-06-11" },
        }), HttpStatusCode.Created);
        var sessionId = session.GetProperty("id").GetString();
        var staff = await JsonAsync(await trainer.GetAsync("/api/training/staff?unitCode=051&asOf=2020-06-10&pageSize=30"), HttpStatusCode.OK);
        var ids = staff.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetString()!).ToList();

        var enrolled = await JsonAsync(await trainer.PostAsJsonAsync($"/api/training/sessions/{sessionId}/enrollments", new { staffIds = ids }), HttpStatusCode.OK);
        foreach (var day in new[] { "2020-06-10", "2020-06-11" })
        {
            await JsonAsync(await trainer.PutAsJsonAsync($"/api/training/sessions/{sessionId}/attendance", new { date = day, presentStaffIds = ids.Take(25) }),
                HttpStatusCode.OK);
        }

        var officer = await factory.CreateBearerClientAsync("officer@demo.local");
        var completions = new List<JsonElement>();
        foreach (var id in ids)
        {
            completions.Add(await JsonAsync(await officer.GetAsync($"/api/training/staff/{id}/completions"), HttpStatusCode.OK));
        }

        published.GetProperty("status").GetString().ShouldBe("Published");
        published.GetProperty("version").GetInt32().ShouldBe(1);
        ids.Count.ShouldBe(30);
        enrolled.GetProperty("enrolled").GetInt32().ShouldBe(30);
        completions.Take(25).ShouldAllBe(c => c.GetArrayLength() == 1 && c[0].GetProperty("completedOn").GetString() == "2020-06-11"
            && c[0].GetProperty("courseCode").GetString() == "PCMD-TH-2020" && c[0].GetProperty("sessionId").GetString() == sessionId);
        completions.Skip(25).ShouldAllBe(c => c.GetArrayLength() == 0);

        var statuses = (await JsonAsync(await trainer.GetAsync($"/api/training/sessions/{sessionId}/enrollments"), HttpStatusCode.OK)).EnumerateArray()
            .ToDictionary(e => e.GetProperty("staffMemberId").GetString()!, e => e.GetProperty("status").GetString());
        ids.Take(25).ShouldAllBe(id => statuses[id] == "Completed");
        ids.Skip(25).ShouldAllBe(id => statuses[id] == "Failed");

        // Setting the same day again records nothing twice.
        await JsonAsync(await trainer.PutAsJsonAsync($"/api/training/sessions/{sessionId}/attendance", new { date = "2020-06-11", presentStaffIds = ids.Take(25) }),
            HttpStatusCode.OK);
        (await JsonAsync(await officer.GetAsync($"/api/training/staff/{ids[0]}/completions"), HttpStatusCode.OK)).GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task A_Lesson_Is_Stored_Without_Script_Event_Handlers_Or_Javascript_Links()
    {
        var trainer = await factory.CreateBearerClientAsync("trainer@demo.local");
        var course = await CreateCourseAsync(trainer, "XSS-1", new { allLessons = true, minAttendancePercent = (int?)null, quizRequired = false },
            ("Bài có mã độc", "<p onclick=\"steal()\">Nội dung <b>chính</b></p><script>alert('x')</script><img src=\"x.png\" onerror=\"alert(1)\">"
                + "<a href=\"javascript:alert(1)\">bấm</a><a href=\"https://caobang.gov.vn\">Cổng thông tin</a>"));

        var lessons = await JsonAsync(await trainer.GetAsync($"/api/training/courses/{course.GetProperty("id")}/lessons"), HttpStatusCode.OK);
        var edited = await JsonAsync(await trainer.PutAsJsonAsync($"/api/training/courses/{course.GetProperty("id")}/lessons/{lessons[0].GetProperty("id")}",
            new { title = "Bài đã sửa", body = "<p>Sửa</p><svg onload=\"alert(1)\"></svg>" }), HttpStatusCode.OK);

        edited.GetProperty("body").GetString()!.ShouldNotContain("onload");
        edited.GetProperty("title").GetString().ShouldBe("Bài đã sửa");
        var body = lessons[0].GetProperty("body").GetString()!;
        body.ShouldNotContain("<script", Case.Insensitive);
        body.ShouldNotContain("onerror", Case.Insensitive);
        body.ShouldNotContain("onclick", Case.Insensitive);
        body.ShouldNotContain("javascript:", Case.Insensitive);
        body.ShouldContain("Nội dung <b>chính</b>");
        body.ShouldContain("href=\"https://caobang.gov.vn\"");
    }

    [Fact]
    public async Task A_Published_Course_Is_Edited_Through_A_New_Version_And_The_Catalogue_Shows_The_Latest_Published()
    {
        var trainer = await factory.CreateBearerClientAsync("trainer@demo.local");
        var learner = await factory.CreateBearerClientAsync("learner@demo.local");
        var v1 = await CreateCourseAsync(trainer, "TTV-2020", new { allLessons = true, minAttendancePercent = (int?)null, quizRequired = false },
            ("Bài 1", "<p>Một</p>"), ("Bài 2", "<p>Hai</p>"));
        var v1Id = v1.GetProperty("id").GetString();
        await JsonAsync(await trainer.PostAsync($"/api/training/courses/{v1Id}/publish", null), HttpStatusCode.OK);

        var v2 = await JsonAsync(await trainer.PutAsJsonAsync($"/api/training/courses/{v1Id}", new
        {
            title = "Truyền thông viên (cập nhật 2021)", audienceRoles = Array.Empty<string>(),
            completionRule = new { allLessons = true, minAttendancePercent = (int?)null, quizRequired = false }, qualifiesForCoverage = true,
        }), HttpStatusCode.OK);
        var catalogueBefore = await JsonAsync(await learner.GetAsync("/api/training/catalogue"), HttpStatusCode.OK);
        await JsonAsync(await trainer.PostAsync($"/api/training/courses/{v2.GetProperty("id")}/publish", null), HttpStatusCode.OK);
        var catalogueAfter = await JsonAsync(await learner.GetAsync("/api/training/catalogue"), HttpStatusCode.OK);
        var old = await JsonAsync(await trainer.GetAsync($"/api/training/courses/{v1Id}"), HttpStatusCode.OK);

        v2.GetProperty("code").GetString().ShouldBe("TTV-2020");
        v2.GetProperty("version").GetInt32().ShouldBe(2);
        v2.GetProperty("status").GetString().ShouldBe("Draft");
        v2.GetProperty("lessonCount").GetInt32().ShouldBe(2);
        catalogueBefore.EnumerateArray().Single(c => c.GetProperty("code").GetString() == "TTV-2020").GetProperty("id").GetString().ShouldBe(v1Id);
        catalogueAfter.EnumerateArray().Single(c => c.GetProperty("code").GetString() == "TTV-2020").GetProperty("title").GetString()
            .ShouldBe("Truyền thông viên (cập nhật 2021)");
        old.GetProperty("status").GetString().ShouldBe("Archived");
        (await trainer.PostAsync($"/api/training/courses/{v1Id}/publish", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_Learner_Reads_Lessons_And_Their_Progress_Is_Kept_Across_Sign_Ins()
    {
        var trainer = await factory.CreateBearerClientAsync("trainer@demo.local");
        var course = await CreateCourseAsync(trainer, "HOCTRUCTUYEN-1", new { allLessons = true, minAttendancePercent = (int?)null, quizRequired = false },
            ("Bài 1: Khái niệm", "<p>Khái niệm</p>"), ("Bài 2: Tình huống", "<p>Tình huống</p>"));
        var courseId = course.GetProperty("id").GetString();
        await JsonAsync(await trainer.PostAsync($"/api/training/courses/{courseId}/publish", null), HttpStatusCode.OK);

        var learner = await factory.CreateBearerClientAsync("learner@demo.local");
        var detail = await JsonAsync(await learner.GetAsync($"/api/training/catalogue/{courseId}"), HttpStatusCode.OK);
        var first = detail.GetProperty("lessons")[0].GetProperty("id").GetString();
        var second = detail.GetProperty("lessons")[1].GetProperty("id").GetString();
        var lesson = await JsonAsync(await learner.GetAsync($"/api/training/catalogue/lessons/{first}"), HttpStatusCode.OK);
        await JsonAsync(await learner.PostAsync($"/api/training/catalogue/lessons/{first}/read", null), HttpStatusCode.OK);

        var again = await factory.CreateBearerClientAsync("learner@demo.local");
        var resumed = await JsonAsync(await again.GetAsync($"/api/training/catalogue/{courseId}"), HttpStatusCode.OK);
        var finished = await JsonAsync(await again.PostAsync($"/api/training/catalogue/lessons/{second}/read", null), HttpStatusCode.OK);

        lesson.GetProperty("body").GetString().ShouldBe("<p>Khái niệm</p>");
        resumed.GetProperty("course").GetProperty("lessonsRead").GetInt32().ShouldBe(1);
        resumed.GetProperty("course").GetProperty("continueLessonId").GetString().ShouldBe(second);
        resumed.GetProperty("lessons")[0].GetProperty("read").GetBoolean().ShouldBeTrue();
        finished.GetProperty("completed").GetBoolean().ShouldBeTrue();
        (await trainer.GetAsync($"/api/training/catalogue/{courseId}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Past_Capacity_People_Wait_And_Are_Promoted_In_Order()
    {
        var trainer = await factory.CreateBearerClientAsync("trainer@demo.local");
        var course = await CreateCourseAsync(trainer, "CHO-1", new { allLessons = false, minAttendancePercent = 50, quizRequired = false }, ("Bài 1", "<p>x</p>"));
        var session = await JsonAsync(await trainer.PostAsJsonAsync("/api/training/sessions", new
        {
            courseId = course.GetProperty("id").GetString(), title = "Lớp nhỏ", mode = "Blended", organizerUnitCode = "051", capacity = 2,
            days = new[] { "2020-09-01" },
        }), HttpStatusCode.Created);
        var sessionId = session.GetProperty("id").GetString();
        var ids = (await JsonAsync(await trainer.GetAsync("/api/training/staff?unitCode=051&asOf=2020-09-01&pageSize=3"), HttpStatusCode.OK))
            .GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetString()!).ToList();

        var result = await JsonAsync(await trainer.PostAsJsonAsync($"/api/training/sessions/{sessionId}/enrollments", new { staffIds = ids }), HttpStatusCode.OK);
        var twice = await JsonAsync(await trainer.PostAsJsonAsync($"/api/training/sessions/{sessionId}/enrollments", new { staffIds = ids.Take(1) }), HttpStatusCode.OK);
        (await trainer.DeleteAsync($"/api/training/sessions/{sessionId}/enrollments/{ids[0]}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var enrollments = await JsonAsync(await trainer.GetAsync($"/api/training/sessions/{sessionId}/enrollments"), HttpStatusCode.OK);

        result.GetProperty("enrolled").GetInt32().ShouldBe(2);
        result.GetProperty("waitlisted").GetInt32().ShouldBe(1);
        twice.GetProperty("skipped").GetInt32().ShouldBe(1);
        enrollments.EnumerateArray().Select(e => (e.GetProperty("staffMemberId").GetString(), e.GetProperty("status").GetString()))
            .ShouldBe([(ids[1], "Enrolled"), (ids[2], "Enrolled")], ignoreOrder: true);
    }

    [Fact]
    public async Task Staff_Are_Enrolled_From_An_Excel_List_By_National_Id_Or_By_Roster_Id_For_Those_Who_May_Not_See_National_Ids()
    {
        var trainer = await factory.CreateBearerClientAsync("trainer@demo.local");
        var course = await CreateCourseAsync(trainer, "CCCD-1", new { allLessons = false, minAttendancePercent = 100, quizRequired = false }, ("Bài 1", "<p>x</p>"));
        var session = await JsonAsync(await trainer.PostAsJsonAsync("/api/training/sessions", new
        {
            courseId = course.GetProperty("id").GetString(), title = "Lớp theo danh sách CCCD", mode = "InPerson", organizerUnitCode = "051", capacity = 10,
            days = new[] { "2020-11-05" },
        }), HttpStatusCode.Created);
        var officer = await factory.CreateBearerClientAsync("officer@demo.local");
        var people = (await JsonAsync(await officer.GetAsync("/api/training/staff?unitCode=01675&asOf=2020-11-05&pageSize=4"), HttpStatusCode.OK))
            .GetProperty("items").EnumerateArray().ToList();
        var admin = await factory.CreateBearerClientAsync("admin@demo.local");
        var elsewhere = await JsonAsync(await admin.PostAsJsonAsync("/api/training/staff", new
        {
            fullName = "Hoàng Văn Tú", unitCode = "01447", role = "Reporter", nationalId = "004088000111", activeFrom = "2020-03-06",
        }), HttpStatusCode.Created);
        var byNationalId = new WorkbookBuilder("STT", "Họ và tên", "Số CCCD")
            .Row(1, people[0].GetProperty("fullName").GetString(), people[0].GetProperty("nationalId").GetString())
            .Row(2, people[1].GetProperty("fullName").GetString(), double.Parse(people[1].GetProperty("nationalId").GetString()!, System.Globalization.CultureInfo.InvariantCulture))
            .Row(3, "Không có trong danh sách", "004999999999")
            .Row(4, "Ở huyện khác", "004088000111")
            .ToBytes();
        var byRosterId = new WorkbookBuilder("STT", "Họ và tên", "Mã cán bộ")
            .Row(1, people[2].GetProperty("fullName").GetString(), people[2].GetProperty("id").GetString())
            .Row(2, people[3].GetProperty("fullName").GetString(), "không phải mã")
            .ToBytes();
        var sessionPath = $"/api/training/sessions/{session.GetProperty("id")}/enrollments/import";

        var officerResult = await JsonAsync(await officer.PostAsync(sessionPath, Upload(byNationalId)), HttpStatusCode.OK);
        var trainerResult = await JsonAsync(await trainer.PostAsync(sessionPath, Upload(byRosterId)), HttpStatusCode.OK);
        var trainerByNationalId = await JsonAsync(await trainer.PostAsync(sessionPath, Upload(byNationalId)), HttpStatusCode.OK);

        officerResult.GetProperty("enrolled").GetInt32().ShouldBe(2);
        var errors = officerResult.GetProperty("errors").EnumerateArray().ToList();
        errors.Select(e => e.GetProperty("row").GetInt32()).ShouldBe([4, 5]);

        // Unknown and in another district: the same answer, which does not say where the person is.
        errors.Select(e => e.GetProperty("code").GetString()).ShouldAllBe(c => c == TrainingErrorCodes.ImportStaffNotFound);
        errors[0].GetProperty("message").GetString().ShouldBe(errors[1].GetProperty("message").GetString());
        errors[0].GetProperty("column").GetString().ShouldBe("Số CCCD");
        trainerResult.GetProperty("enrolled").GetInt32().ShouldBe(1);
        trainerResult.GetProperty("errors")[0].GetProperty("code").GetString().ShouldBe(TrainingErrorCodes.ImportStaffIdUnknown);
        trainerResult.GetProperty("errors")[0].GetProperty("column").GetString().ShouldBe("Mã cán bộ");

        // A trainer may not see national IDs, so a list of them names no one for it.
        trainerByNationalId.GetProperty("enrolled").GetInt32().ShouldBe(0);
        trainerByNationalId.GetProperty("errors").GetArrayLength().ShouldBe(4);
        elsewhere.GetProperty("id").GetString().ShouldNotBeNull();
    }

    private static MultipartFormDataContent Upload(byte[] file) => new() { { new ByteArrayContent(file), "file", "danh-sach.xlsx" } };

    [Fact]
    public async Task The_Sign_In_Sheet_Lists_The_Enrolled_In_Vietnamese_Order_As_Pdf_And_Xlsx()
    {
        var trainer = await factory.CreateBearerClientAsync("trainer@demo.local");
        var course = await CreateCourseAsync(trainer, "KYTEN-1", new { allLessons = false, minAttendancePercent = 100, quizRequired = false }, ("Bài 1", "<p>x</p>"));
        var session = await JsonAsync(await trainer.PostAsJsonAsync("/api/training/sessions", new
        {
            courseId = course.GetProperty("id").GetString(), title = "Lớp tập huấn xã Hồng Việt", mode = "InPerson", organizerUnitCode = "051", capacity = 40,
            venue = "Nhà văn hoá xã", days = new[] { "2020-07-01", "2020-07-02" },
        }), HttpStatusCode.Created);
        var sessionId = session.GetProperty("id").GetString();
        await JsonAsync(await trainer.PostAsJsonAsync($"/api/training/sessions/{sessionId}/enrollments", new { unitCode = "01687", asOf = "2020-07-01" }), HttpStatusCode.OK);
        var names = (await JsonAsync(await trainer.GetAsync($"/api/training/sessions/{sessionId}/enrollments"), HttpStatusCode.OK))
            .EnumerateArray().Select(e => e.GetProperty("fullName").GetString()!).ToList();

        var pdf = await trainer.GetAsync($"/api/training/sessions/{sessionId}/sign-in-sheet?date=2020-07-02&format=pdf");
        var xlsx = await trainer.GetAsync($"/api/training/sessions/{sessionId}/sign-in-sheet?date=2020-07-02&format=xlsx");
        var pdfBytes = await pdf.Content.ReadAsByteArrayAsync();
        File.WriteAllBytes(Path.Combine(Path.GetTempPath(), "training-sign-in-sheet.pdf"), pdfBytes);

        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        names.Count.ShouldBeGreaterThan(2);
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdfBytes);
        var text = string.Join("\n", document.GetPages().Select(p => UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor.ContentOrderTextExtractor.GetText(p)));
        text.ShouldContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        text.ShouldContain("Độc lập - Tự do - Hạnh phúc");
        text.ShouldContain("DANH SÁCH HỌC VIÊN KÝ TÊN");
        text.ShouldContain("Cao Bằng, ngày 02 tháng 7 năm 2020");
        text.ShouldContain("Lớp tập huấn xã Hồng Việt");
        var positions = names.Select(n => text.IndexOf(n, StringComparison.Ordinal)).ToList();
        positions.ShouldAllBe(p => p >= 0);
        positions.ShouldBe(positions.Order().ToList());
        var rows = WorkbookBuilder.ReadFirstSheet(await xlsx.Content.ReadAsByteArrayAsync(), out _);
        rows.Where(r => r.Length > 1 && int.TryParse(r[0], out _)).Select(r => r[1]).ShouldBe(names);
        rows.ShouldContain(r => r.Length > 0 && r[0] == "DANH SÁCH HỌC VIÊN KÝ TÊN");
    }

    [Fact]
    public async Task Lessons_Carry_Checked_Attachments_That_Learners_Download()
    {
        var trainer = await factory.CreateBearerClientAsync("trainer@demo.local");
        var course = await CreateCourseAsync(trainer, "TEP-1", new { allLessons = true, minAttendancePercent = (int?)null, quizRequired = false }, ("Bài 1", "<p>x</p>"));
        var courseId = course.GetProperty("id").GetString();
        var lessonId = (await JsonAsync(await trainer.GetAsync($"/api/training/courses/{courseId}/lessons"), HttpStatusCode.OK))[0].GetProperty("id").GetString();
        var pdf = "%PDF-1.4\n% tài liệu\n"u8.ToArray();
        MultipartFormDataContent Upload(byte[] bytes, string name) => new() { { new ByteArrayContent(bytes), "file", name } };

        var accepted = await trainer.PostAsync($"/api/training/courses/{courseId}/lessons/{lessonId}/attachments", Upload(pdf, "tai-lieu.pdf"));
        var disguised = await trainer.PostAsync($"/api/training/courses/{courseId}/lessons/{lessonId}/attachments", Upload("MZ\u0090\u0000"u8.ToArray(), "tai-lieu.pdf"));
        var script = await trainer.PostAsync($"/api/training/courses/{courseId}/lessons/{lessonId}/attachments", Upload("<script>"u8.ToArray(), "trang.html"));
        await JsonAsync(await trainer.PostAsync($"/api/training/courses/{courseId}/publish", null), HttpStatusCode.OK);
        var learner = await factory.CreateBearerClientAsync("learner@demo.local");
        var lesson = await JsonAsync(await learner.GetAsync($"/api/training/catalogue/lessons/{lessonId}"), HttpStatusCode.OK);
        var attachment = lesson.GetProperty("attachments")[0];
        var download = await learner.GetAsync($"/api/training/catalogue/lessons/{lessonId}/attachments/{attachment.GetProperty("id").GetString()}");

        accepted.StatusCode.ShouldBe(HttpStatusCode.Created);
        JsonDocument.Parse(await disguised.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString().ShouldBe(TrainingErrorCodes.AttachmentTypeNotAllowed);
        script.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        attachment.GetProperty("fileName").GetString().ShouldBe("tai-lieu.pdf");
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(pdf);
    }

    [Fact]
    public async Task An_Officer_Cannot_Enrol_Another_Districts_Staff_Nor_A_Trainer_Run_A_Session_Outside_Its_Units()
    {
        var trainer = await factory.CreateBearerClientAsync("trainer@demo.local");
        var course = await CreateCourseAsync(trainer, "PHAMVI-1", new { allLessons = false, minAttendancePercent = 100, quizRequired = false }, ("Bài 1", "<p>x</p>"));
        var trungKhanhSession = await JsonAsync(await trainer.PostAsJsonAsync("/api/training/sessions", new
        {
            courseId = course.GetProperty("id").GetString(), title = "Lớp Trùng Khánh", mode = "InPerson", organizerUnitCode = "047", capacity = 10,
            days = new[] { "2020-10-01" },
        }), HttpStatusCode.Created);
        var officer = await factory.CreateBearerClientAsync("officer@demo.local");

        (await officer.PostAsJsonAsync($"/api/training/sessions/{trungKhanhSession.GetProperty("id")}/enrollments", new { staffIds = Array.Empty<string>() }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await officer.GetAsync($"/api/training/sessions/{trungKhanhSession.GetProperty("id")}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
