using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Training.Coverage;
using Training.Notifications;
using Training.Web.Tests.Pages;
using Training.Web.Tests.Security;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Training.Web.Tests.Coverage;

/// <summary>
/// Coverage on paper, read back: a plan of its own with a course and completions in two districts, made through the API;
/// its report as .xlsx and .pdf against the API's figures, the list of the untrained, and the scheduled jobs run on a
/// fake clock.
/// </summary>
public partial class CoverageFiles_Tests(TrainingWebApplicationFactory factory) : IClassFixture<TrainingWebApplicationFactory>
{
    private const string AsOf = "2020-12-31";

    /// <summary>The two districts the plan's trained people are in: two of three in the first, one of two in the second.</summary>
    private static readonly string[] Districts = ["040", "045"];
    private static readonly SemaphoreSlim Setup = new(1, 1);
    private static readonly Dictionary<TrainingWebApplicationFactory, string> Plans = [];

    [Fact]
    public async Task The_Xlsx_Report_Has_The_Apis_Totals_And_District_Rows_Under_The_Official_Header_With_The_Rule_As_A_Footnote()
    {
        var planId = await PlanAsync();
        var reviewer = await factory.CreateBearerClientAsync("reviewer@demo.local");
        var coverage = await reviewer.GetAsync($"/api/training/coverage?planId={planId}&unitCode=04&asOf={AsOf}").JsonAsync(HttpStatusCode.OK);

        var response = await reviewer.GetAsync($"/api/training/coverage/export?planId={planId}&unitCode=04&asOf={AsOf}&format=xlsx");
        var rows = WorkbookBuilder.ReadFirstSheet(await response.Content.ReadAsByteArrayAsync(), out _);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition!.FileName!.Trim('"').ShouldBe("bao-cao-ty-le-tap-huan-04-2020-12-31.xlsx");
        var cells = rows.SelectMany(r => r).Where(c => c is not null).ToList();
        cells.ShouldContain(Training.Documents.OfficialHeader.Country);
        cells.ShouldContain("Độc lập - Tự do - Hạnh phúc");
        cells.ShouldContain("ỦY BAN NHÂN DÂN");
        cells.ShouldContain("BÁO CÁO");
        cells.ShouldContain(c => c!.StartsWith("Kết quả tập huấn theo Kế hoạch kiểm thử tệp báo cáo năm 2020 đến ngày 31/12/2020", StringComparison.Ordinal));
        cells.ShouldContain(c => c!.StartsWith("Cách tính:", StringComparison.Ordinal) && c.Contains("được tính vào đơn vị kế thừa")
            && c.Contains("đơn vị cấp trên gần nhất còn hoạt động") && c.Contains("TEP-BC-2020"));
        var districts = rows.Where(r => r.Length >= 5 && int.TryParse(r[0], out _)).ToList();
        var apiRows = coverage.GetProperty("rows").EnumerateArray().ToList();
        districts.Select(r => (r[1], int.Parse(r[2]!, CultureInfo.InvariantCulture), int.Parse(r[3]!, CultureInfo.InvariantCulture)))
            .ShouldBe(apiRows.Select(r => (r.GetProperty("name").GetString(), r.GetProperty("inScope").GetInt32(), r.GetProperty("trained").GetInt32())));
        districts.Where(r => r[4] is not null).ShouldAllBe(r => apiRows.Any(a => a.GetProperty("name").GetString() == r[1]
            && a.GetProperty("percent").GetDecimal() == decimal.Parse(r[4]!, CultureInfo.InvariantCulture)));
        var total = rows.Single(r => r.Length >= 5 && r[1] == "Tổng cộng");
        total[2].ShouldBe(coverage.GetProperty("inScope").GetInt32().ToString(CultureInfo.InvariantCulture));
        total[3].ShouldBe(coverage.GetProperty("trained").GetInt32().ToString(CultureInfo.InvariantCulture));
        coverage.GetProperty("trained").GetInt32().ShouldBe(3);
        districts.Count(r => r[3] != "0").ShouldBe(2);
    }

    [Fact]
    public async Task The_Pdf_Report_Names_Every_District_With_The_Totals_And_The_Vietnamese_Footnote()
    {
        var planId = await PlanAsync();
        var reviewer = await factory.CreateBearerClientAsync("reviewer@demo.local");
        var coverage = await reviewer.GetAsync($"/api/training/coverage?planId={planId}&unitCode=04&asOf={AsOf}").JsonAsync(HttpStatusCode.OK);

        var response = await reviewer.GetAsync($"/api/training/coverage/export?planId={planId}&unitCode=04&asOf={AsOf}&format=pdf");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        File.WriteAllBytes(Path.Combine(Path.GetTempPath(), "training-coverage-report.pdf"), bytes);

        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var text = Flat(bytes);
        text.ShouldContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        text.ShouldContain("BÁO CÁO");
        text.ShouldContain("Kế hoạch kiểm thử tệp báo cáo năm 2020");
        // A long unit name wraps inside its cell, so the names and the figures are read apart: the figures in the table's order.
        var rows = coverage.GetProperty("rows").EnumerateArray().ToList();
        foreach (var name in rows.Select(r => r.GetProperty("name").GetString()!))
        {
            // The name's words in order; the figures of its row may come between the lines of a wrapped name.
            Regex.IsMatch(text, string.Join(@" (?:[\d.,–]+ )*", name.Split(' ').Select(Regex.Escape))).ShouldBeTrue(name);
        }

        Figures().Matches(text).Select(m => m.Value).ShouldBe(rows.Append(coverage).Select(r => $"{Count(r.GetProperty("inScope").GetInt32())} "
            + $"{Count(r.GetProperty("trained").GetInt32())} {Percent(r.GetProperty("percent"))}"));
        text.ShouldContain($"Tổng cộng {Count(coverage.GetProperty("inScope").GetInt32())} {Count(coverage.GetProperty("trained").GetInt32())}");
        text.ShouldContain("Cách tính: Số cán bộ thuộc diện chỉ tiêu là những người được đánh dấu thuộc diện chỉ tiêu");
        text.ShouldContain("Cán bộ của đơn vị đã giải thể hoặc sáp nhập trước ngày 31/12/2020 được tính vào đơn vị kế thừa");
    }

    [Fact]
    public async Task A_Format_Other_Than_Xlsx_Or_Pdf_Is_A_400_On_The_Format_Field()
    {
        var planId = await PlanAsync();
        var reviewer = await factory.CreateBearerClientAsync("reviewer@demo.local");

        var problem = await reviewer.GetAsync($"/api/training/coverage/export?planId={planId}&format=docx").JsonAsync(HttpStatusCode.BadRequest);

        problem.Code().ShouldBe(TrainingErrorCodes.CoverageFormatUnknown);
        problem.GetProperty("errors").GetProperty("format")[0].GetString().ShouldBe("format phải là xlsx hoặc pdf.");
    }

    [Fact]
    public async Task The_Untrained_List_Has_The_Apis_Names_In_Order_Without_National_Ids_And_An_Officer_Exports_Only_Its_Own_Units()
    {
        var planId = await PlanAsync();
        var reviewer = await factory.CreateBearerClientAsync("reviewer@demo.local");
        var officer = await factory.CreateBearerClientAsync("officer@demo.local");
        var district = Districts[0];
        var api = await reviewer.GetAsync($"/api/training/coverage/untrained?planId={planId}&unitCode={district}&asOf={AsOf}&pageSize=1000")
            .JsonAsync(HttpStatusCode.OK);

        var response = await reviewer.GetAsync($"/api/training/coverage/untrained/export?planId={planId}&unitCode={district}&asOf={AsOf}");
        var rows = WorkbookBuilder.ReadFirstSheet(await response.Content.ReadAsByteArrayAsync(), out _);
        var own = await officer.GetAsync($"/api/training/coverage/untrained/export?planId={planId}&unitCode=051&asOf={AsOf}");
        var other = await officer.GetAsync($"/api/training/coverage/untrained/export?planId={planId}&unitCode={district}&asOf={AsOf}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var people = rows.Where(r => r.Length >= 4 && int.TryParse(r[0], out _)).ToList();
        people.Count.ShouldBeGreaterThan(1);
        people.Select(r => r[1]).ShouldBe(api.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("fullName").GetString()));
        people.Select(r => r[2]).ShouldBe(api.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("unitName").GetString()));
        people.Select(r => int.Parse(r[0]!, CultureInfo.InvariantCulture)).ShouldBe(Enumerable.Range(1, people.Count));
        rows.ShouldContain(r => r.SequenceEqual(new[] { "STT", "Họ và tên", "Đơn vị", "Chức danh" }));
        rows.SelectMany(r => r).ShouldNotContain(c => c != null && (c.Contains("CCCD") || c.Contains("điện thoại") || Regex.IsMatch(c, @"^\d{9,12}$")));
        rows.ShouldContain(r => r.Length > 0 && r[0] == "DANH SÁCH CÁN BỘ CHƯA ĐƯỢC TẬP HUẤN");
        rows.ShouldContain(r => r.Length > 0 && r[0] == $"Tổng số: {people.Count} người.");
        own.StatusCode.ShouldBe(HttpStatusCode.OK);
        other.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_Nightly_Snapshot_Is_Taken_Once_A_Day_And_Becomes_A_Point_Of_The_Trend()
    {
        var planId = await PlanAsync();
        var clock = new FakeTimeProvider(new DateTimeOffset(2020, 11, 30, 18, 30, 0, TimeSpan.Zero)); // 01:30 on 1 December in Cao Bằng
        var reviewer = await factory.CreateBearerClientAsync("reviewer@demo.local");

        await RunAsync<CoverageSnapshotQuartzJob>(clock);
        await RunAsync<CoverageSnapshotQuartzJob>(clock);
        var trend = await reviewer.GetAsync($"/api/training/coverage/trend?planId={planId}&unitCode=04&asOf={AsOf}").JsonAsync(HttpStatusCode.OK);
        var then = await reviewer.GetAsync($"/api/training/coverage?planId={planId}&unitCode=04&asOf=2020-12-01").JsonAsync(HttpStatusCode.OK);
        var district = Districts[0];
        var districtTrend = await reviewer.GetAsync($"/api/training/coverage/trend?planId={planId}&unitCode={district}&asOf={AsOf}").JsonAsync(HttpStatusCode.OK);

        var point = trend.EnumerateArray().ShouldHaveSingleItem();
        point.GetProperty("date").GetString().ShouldBe("2020-12-01");
        point.GetProperty("inScope").GetInt32().ShouldBe(then.GetProperty("inScope").GetInt32());
        point.GetProperty("trained").GetInt32().ShouldBe(then.GetProperty("trained").GetInt32());
        districtTrend.EnumerateArray().ShouldHaveSingleItem().GetProperty("trained").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task Each_Officer_Is_Told_Once_A_Week_The_Count_Of_Its_Untrained_With_A_Link_And_No_Names()
    {
        var planId = await PlanAsync();
        var monday = new FakeTimeProvider(new DateTimeOffset(2020, 12, 28, 0, 0, 0, TimeSpan.Zero)); // 07:00 in Cao Bằng, ISO week 2020-W53
        var mail = new RecordingEmailSender();
        var officer = await factory.CreateBearerClientAsync("officer@demo.local");
        var hoaAn = await officer.GetAsync($"/api/training/coverage?planId={planId}&unitCode=051&asOf=2020-12-28").JsonAsync(HttpStatusCode.OK);
        var names = (await officer.GetAsync($"/api/training/coverage/untrained?planId={planId}&unitCode=051&asOf=2020-12-28&pageSize=1000")
            .JsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("fullName").GetString()!).ToList();

        await RunAsync<UntrainedListQuartzJob>(monday, mail);
        monday.Advance(TimeSpan.FromDays(2));
        await RunAsync<UntrainedListQuartzJob>(monday, mail);
        var inbox = await officer.GetAsync("/api/training/notifications").JsonAsync(HttpStatusCode.OK);

        var untrained = hoaAn.GetProperty("inScope").GetInt32() - hoaAn.GetProperty("trained").GetInt32();
        untrained.ShouldBeGreaterThan(0);
        names.Count.ShouldBe(untrained);
        var notice = inbox.EnumerateArray().Where(n => n.GetProperty("link").GetString()!.Contains(planId, StringComparison.Ordinal)).ShouldHaveSingleItem();
        notice.GetProperty("link").GetString().ShouldBe($"/Coverage?planId={planId}&unitCode=051");
        notice.GetProperty("text").GetString()!.ShouldContain($"còn {untrained} cán bộ");
        var sent = mail.Sent.Where(m => m.To == "officer@demo.local" && m.Body.Contains("Kế hoạch kiểm thử tệp báo cáo năm 2020")).ShouldHaveSingleItem();
        sent.Body.ShouldContain($"còn {untrained} cán bộ");
        names.ShouldAllBe(n => !sent.Body.Contains(n) && !notice.GetProperty("text").GetString()!.Contains(n));
    }

    [Fact]
    public async Task On_A_Reporting_Date_Both_Files_Are_Kept_Listed_And_Downloaded_And_An_Officer_Outside_The_Root_Gets_403()
    {
        var planId = await PlanAsync();
        var evening = new FakeTimeProvider(new DateTimeOffset(2020, 12, 31, 16, 0, 0, TimeSpan.Zero)); // 23:00 on 31 December in Cao Bằng
        var reviewer = await factory.CreateBearerClientAsync("reviewer@demo.local");
        var officer = await factory.CreateBearerClientAsync("officer@demo.local");
        var coverage = await reviewer.GetAsync($"/api/training/coverage?planId={planId}&unitCode=04&asOf={AsOf}").JsonAsync(HttpStatusCode.OK);

        await RunAsync<CoverageFilesQuartzJob>(evening);
        await RunAsync<CoverageFilesQuartzJob>(evening);
        var files = await reviewer.GetAsync($"/api/training/coverage/files?planId={planId}").JsonAsync(HttpStatusCode.OK);
        var december = files.EnumerateArray().Where(f => f.GetProperty("reportingDate").GetString() == AsOf).ToList();
        var xlsx = await reviewer.GetAsync($"/api/training/coverage/files/{december.Single(f => f.GetProperty("format").GetString() == "xlsx").Id()}");
        var pdf = await reviewer.GetAsync($"/api/training/coverage/files/{december.Single(f => f.GetProperty("format").GetString() == "pdf").Id()}");

        files.EnumerateArray().Select(f => (f.GetProperty("reportingDate").GetString(), f.GetProperty("format").GetString()))
            .ShouldBe([(AsOf, "pdf"), (AsOf, "xlsx"), ("2020-06-30", "pdf"), ("2020-06-30", "xlsx")], ignoreOrder: true);
        december.Select(f => f.GetProperty("fileName").GetString()).ShouldBe(
            ["bao-cao-ty-le-tap-huan-04-2020-12-31.pdf", "bao-cao-ty-le-tap-huan-04-2020-12-31.xlsx"], ignoreOrder: true);
        xlsx.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var total = WorkbookBuilder.ReadFirstSheet(await xlsx.Content.ReadAsByteArrayAsync(), out _).Single(r => r.Length >= 5 && r[1] == "Tổng cộng");
        total[2].ShouldBe(coverage.GetProperty("inScope").GetInt32().ToString(CultureInfo.InvariantCulture));
        total[3].ShouldBe(coverage.GetProperty("trained").GetInt32().ToString(CultureInfo.InvariantCulture));
        Flat(await pdf.Content.ReadAsByteArrayAsync()).ShouldContain("Cao Bằng, ngày 31 tháng 12 năm 2020");
        (await officer.GetAsync($"/api/training/coverage/files?planId={planId}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await officer.GetAsync($"/api/training/coverage/files/{december[0].Id()}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_Report_Downloads_From_A_Plain_Link_With_The_Sign_In_Cookie()
    {
        var planId = await PlanAsync();
        var page = new PageClient(factory);
        await page.SignInAsync("reviewer@demo.local", Training.Data.DemoDataSeeder.DemoPassword);

        var response = await page.Http.GetAsync($"/api/training/coverage/export?planId={planId}&unitCode=04&asOf={AsOf}&format=pdf");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
    }

    /// <summary>The plan of this class's database: a course of its own, three people trained in two districts (two and one), made once.</summary>
    private async Task<string> PlanAsync()
    {
        await Setup.WaitAsync();
        try
        {
            if (Plans.TryGetValue(factory, out var existing))
            {
                return existing;
            }

            var admin = await factory.CreateBearerClientAsync("admin@demo.local");
            var trainer = await factory.CreateBearerClientAsync("trainer@demo.local");
            var course = await trainer.PostAsJsonAsync("/api/training/courses", new
            {
                code = "TEP-BC-2020", title = "Tập huấn kiểm thử báo cáo", description = "Khoá học của kiểm thử", audienceRoles = Array.Empty<string>(),
                completionRule = new { allLessons = false, minAttendancePercent = 100, quizRequired = false }, certificateValidityMonths = 24,
                qualifiesForCoverage = true,
            }).JsonAsync(HttpStatusCode.Created);
            await trainer.PostAsJsonAsync($"/api/training/courses/{course.Id()}/lessons", new { title = "Bài 1", body = "<p>Nội dung</p>", videoUrl = (string?)null })
                .JsonAsync(HttpStatusCode.Created);
            await trainer.PostAsync($"/api/training/courses/{course.Id()}/publish", null).JsonAsync(HttpStatusCode.OK);
            var people = new List<string>();
            foreach (var (index, names) in new[] { (0, new[] { "Nông Thị Hằng", "Đàm Văn Quyết", "Lục Thị Ngọc" }), (1, new[] { "Bế Văn Đức", "Hoàng Thị Thuỷ" }) })
            {
                var commune = await CommuneOfAsync(admin, Districts[index]);
                foreach (var name in names)
                {
                    people.Add((await admin.CreatePersonAsync(name, commune)).Id());
                }
            }

            var session = await trainer.PostAsJsonAsync("/api/training/sessions", new
            {
                courseId = course.Id(), title = "Lớp kiểm thử báo cáo", mode = "InPerson", organizerUnitCode = "04", venue = "Hội trường Sở", capacity = 10,
                days = new[] { "2020-11-20" },
            }).JsonAsync(HttpStatusCode.Created);
            await trainer.PostAsJsonAsync($"/api/training/sessions/{session.Id()}/enrollments", new { staffIds = people }).JsonAsync(HttpStatusCode.OK);
            await trainer.PutAsJsonAsync($"/api/training/sessions/{session.Id()}/attendance", new { date = "2020-11-20", presentStaffIds = new[] { people[0], people[1], people[3] } })
                .JsonAsync(HttpStatusCode.OK);
            var plan = await admin.PostAsJsonAsync("/api/training/coverage/plans", new
            {
                name = "Kế hoạch kiểm thử tệp báo cáo năm 2020", startsOn = "2020-03-06", endsOn = "2020-12-31", rootUnitCode = "04",
                courseCodes = new[] { "TEP-BC-2020" }, targetPercent = 100,
            }).JsonAsync(HttpStatusCode.Created);
            Plans[factory] = plan.Id();
            return plan.Id();
        }
        finally
        {
            Setup.Release();
        }
    }

    private static async Task<string> CommuneOfAsync(HttpClient caller, string district) =>
        (await caller.GetAsync($"/api/training/organization-units?parentCode={district}&asOf=2020-03-06&kind=Commune").JsonAsync(HttpStatusCode.OK))
        .EnumerateArray().First().GetProperty("code").GetString()!;

    private async Task RunAsync<TJob>(TimeProvider clock, IEmailSender? email = null) where TJob : Quartz.IJob
    {
        await using var scope = factory.Services.CreateAsyncScope();
        object[] arguments = email is null ? [clock] : [clock, email];
        await ActivatorUtilities.CreateInstance<TJob>(scope.ServiceProvider, arguments).Execute(null!, CancellationToken.None);
    }

    /// <summary>The PDF's text in reading order, with every run of white space one space.</summary>
    private static string Flat(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return Spaces().Replace(string.Join(" ", document.GetPages().Select(p => ContentOrderTextExtractor.GetText(p))), " ");
    }

    private static string Count(int value) => value.ToString("#,##0", CultureInfo.InvariantCulture).Replace(',', '.');

    private static string Percent(System.Text.Json.JsonElement percent) =>
        percent.ValueKind == System.Text.Json.JsonValueKind.Null ? "–" : percent.GetDecimal().ToString("0.0", CultureInfo.InvariantCulture).Replace('.', ',');

    /// <summary>A row's figures as the PDF writes them: in scope, trained, percent ("1.234 56 4,5", or "0 0 –").</summary>
    [GeneratedRegex(@"\b\d[\d.]* \d[\d.]* (\d+,\d|–)")]
    private static partial Regex Figures();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
