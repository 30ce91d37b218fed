using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Training.Certificates;
using Training.Courses;
using Training.Documents;
using Training.EntityFrameworkCore;
using Training.Rosters;

namespace Training.Benchmarks;

/// <summary>
/// A province's year of certificates: 5,000 issued through <see cref="CertificateManager"/> into a SQLite file (facts read,
/// a serial drawn from the counter, saved 500 at a time), then 5,000 papers drawn by <see cref="CertificatePdf"/> against PDFsharp
/// drawing the same page (the texts in the same fonts, the borders and 600 QR-sized squares) with no application code around
/// it, in the same run, alternating rounds; certificates and PDFs per second, the ratio, and the peak working set.
/// </summary>
internal static class CertificateLoad
{
    public static async Task RunAsync(string[] args)
    {
        var count = args.Length > 1 && int.TryParse(args[1], out var n) ? n : 5000;
        PdfTestFonts.Use();
        var issued = await IssueAsync(count);
        var prints = Enumerable.Range(0, count).Select(Print).ToList();

        // Warm both, then alternate rounds of 500 so that the machine's noise falls on both alike.
        CertificatePdf.Render(prints[0]);
        Bare(prints[0]);
        var (app, bare) = (TimeSpan.Zero, TimeSpan.Zero);
        long bytes = 0;
        foreach (var round in prints.Chunk(500))
        {
            var clock = Stopwatch.StartNew();
            foreach (var print in round)
            {
                bytes += CertificatePdf.Render(print).Length;
            }

            app += clock.Elapsed;
            clock.Restart();
            foreach (var print in round)
            {
                Bare(print);
            }

            bare += clock.Elapsed;
        }

        Process.GetCurrentProcess().Refresh();
        Console.WriteLine($"issued: {count / issued.TotalSeconds:F0} certificates/s ({issued.TotalSeconds:F1} s, SQLite file)");
        Console.WriteLine($"certificates={count} average={bytes / count / 1024} KiB");
        Console.WriteLine($"application: {count / app.TotalSeconds:F0} PDFs/s ({app.TotalSeconds:F1} s)");
        Console.WriteLine($"bare PDFsharp, same page: {count / bare.TotalSeconds:F0} PDFs/s ({bare.TotalSeconds:F1} s)");
        Console.WriteLine($"ratio: {app / bare:F2}");
        Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MiB");
    }

    /// <summary>A course that grants certificates, <paramref name="count"/> people of Hoà An's communes who completed it, and the time
    /// to issue their certificates as the completion paths do.</summary>
    private static async Task<TimeSpan> IssueAsync(int count)
    {
        using var services = new TrainingTestServices(TestDatabase.SqliteFile());
        await services.SignInAsAsync("trainer@demo.local");
        var now = DateTimeOffset.UtcNow;
        var today = Training.Timing.BusinessClock.ToBusinessDate(now);
        await using (var scope = services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
            var course = await scope.ServiceProvider.GetRequiredService<CourseManager>().CreateAsync("GCN-DO-TOC", services.CurrentUser.Id!.Value);
            course.Describe("Bồi dưỡng kiến thức phòng, chống mại dâm", null, [], new CompletionRule(true, null, false), 24, true, issuesCertificate: true);
            course.AddLesson("Bài 1", "<p>Pháp luật</p>", null);
            course.Publish(false, now);
            var communes = await db.OrganizationUnits.Where(u => u.Code.StartsWith("016") && u.ValidTo == null).Select(u => u.Id).ToListAsync();
            var people = Enumerable.Range(0, count)
                .Select(i => StaffMemberManager.NewForImport($"Nông Thị Hằng {i}", communes[i % communes.Count], StaffRole.Collaborator, true, today.AddYears(-1)))
                .ToList();
            await scope.ServiceProvider.GetRequiredService<IStaffMemberRepository>().InsertNewAsync(people);
            db.CourseCompletions.AddRange(people.Select(p => new CourseCompletion(Guid.CreateVersion7(), p.Id, course.Id, course.Code, today, null, now)));
            await db.SaveChangesAsync();
        }

        var clock = Stopwatch.StartNew();
        await using (var scope = services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
            var manager = scope.ServiceProvider.GetRequiredService<CertificateManager>();
            var course = await db.Courses.SingleAsync(c => c.Code == "GCN-DO-TOC");
            var completions = await db.CourseCompletions.AsNoTracking().Where(c => c.CourseId == course.Id).ToListAsync();
            foreach (var batch in completions.Chunk(500))
            {
                foreach (var completion in batch)
                {
                    await manager.IssueAsync(completion, course, null, now);
                }

                await db.SaveChangesAsync();
                foreach (var entry in db.ChangeTracker.Entries().Where(e => e.Entity is not Course).ToList())
                {
                    entry.State = EntityState.Detached;
                }
            }
        }

        return clock.Elapsed;
    }

    private static CertificatePrint Print(int i) => new($"2026/PCMD-CS-2020/{i + 1:000000}", VerificationCodes.New(),
        "https://daotao.caobang.gov.vn/verify/ABCDEFGHJKMNPQRS", $"Nông Thị Hằng {i}", new DateOnly(1985, 7, 5),
        "Ủy ban nhân dân xã Hòa An, tỉnh Cao Bằng", "Bồi dưỡng kiến thức, kỹ năng phòng, chống mại dâm cho cán bộ cơ sở", new DateOnly(2026, 11, 2),
        new DateOnly(2026, 11, 3), new DateOnly(2026, 11, 3), new DateOnly(2026, 12, 3), new DateOnly(2028, 11, 2), "UBND tỉnh Cao Bằng",
        "Sở Lao động - Thương binh và Xã hội", "Cao Bằng", "Giám đốc", "Hoàng Văn Đức", null, false);

    /// <summary>The same page drawn by hand: a border, the header, the title, the holder's six lines, 600 squares, the signature block.</summary>
    private static byte[] Bare(CertificatePrint p)
    {
        using var document = new PdfDocument();
        var page = document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        page.Orientation = PdfSharp.PageOrientation.Landscape;
        using (var gfx = XGraphics.FromPdfPage(page))
        {
            var text = new XFont(PdfFonts.Family, 12);
            var bold = new XFont(PdfFonts.Family, 12, XFontStyleEx.Bold);
            gfx.DrawRectangle(XPens.DarkRed, 20, 20, page.Width.Point - 40, page.Height.Point - 40);
            gfx.DrawString(p.ParentBody!, text, XBrushes.Black, 80, 60);
            gfx.DrawString(p.IssuingBody!, bold, XBrushes.Black, 80, 75);
            gfx.DrawString("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold, XBrushes.Black, 450, 60);
            gfx.DrawString("Độc lập - Tự do - Hạnh phúc", bold, XBrushes.Black, 470, 75);
            gfx.DrawString("GIẤY CHỨNG NHẬN", new XFont(PdfFonts.Family, 26, XFontStyleEx.Bold), XBrushes.DarkRed, 300, 140);
            var y = 200.0;
            foreach (var line in new[] { p.HolderName, $"Ngày sinh: {p.BirthDate:dd/MM/yyyy}", p.UnitName, p.CourseTitle, $"{p.SessionFrom:dd/MM/yyyy} – {p.SessionTo:dd/MM/yyyy}",
                         $"Có giá trị đến ngày {p.ExpiresOn:dd/MM/yyyy}" })
            {
                gfx.DrawString(line, text, XBrushes.Black, 110, y);
                y += 20;
            }

            for (var i = 0; i < 600; i++)
            {
                gfx.DrawRectangle(XBrushes.Black, 80 + (i % 25 * 3), 420 + (i / 25 * 3), 3, 3);
            }

            gfx.DrawString(p.VerificationCode, text, XBrushes.Black, 80, 520);
            gfx.DrawString(p.Serial, text, XBrushes.Black, 80, 535);
            gfx.DrawString("Cao Bằng, ngày 03 tháng 12 năm 2026", new XFont(PdfFonts.Family, 12, XFontStyleEx.Italic), XBrushes.Black, 520, 420);
            gfx.DrawString(p.SignerTitle!.ToUpperInvariant(), bold, XBrushes.Black, 560, 440);
            gfx.DrawString(p.SignerName!, bold, XBrushes.Black, 560, 520);
        }

        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }
}
