using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Training.Courses;
using Training.Data;
using Training.EntityFrameworkCore;
using Training.Web.Tests.Pages;
using Training.Web.Tests.Security;

namespace Training.Web.Tests.Courses;

/// <summary>What a trainer's lesson may put on a learner's page: no overlay, no image from elsewhere, the course's own images.</summary>
public class LessonContent_Tests(TrainingWebApplicationFactory factory) : IClassFixture<TrainingWebApplicationFactory>
{
    private const string Overlay = "<a href=\"https://lua-dao.example/\" class=\"position-fixed top-0 start-0 w-100 h-100 z-3\">Xem tiếp</a>"
        + "<a href=\"https://lua-dao.example/\" style=\"position:fixed;inset:0;width:100%;height:100%\">Bấm vào đây</a>"
        + "<img src=\"https://tracker.example/pixel.png\" alt=\"theo dõi\">";

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0];

    private static void ShouldBeHarmless(string body)
    {
        body.ShouldNotContain("position-fixed");
        body.ShouldNotContain("position:fixed");
        body.ShouldNotContain("w-100 h-100");
        body.ShouldNotContain("tracker.example");
        body.ShouldContain(">Xem tiếp</a>");
    }

    private async Task<(string CourseId, string LessonId)> CreateCourseAsync(HttpClient trainer, string code)
    {
        var courseId = (await trainer.PostAsJsonAsync("/api/training/courses", new
        {
            code, title = "Nhận diện tệ nạn trên mạng", audienceRoles = Array.Empty<string>(),
            completionRule = new { allLessons = true, minAttendancePercent = (int?)null, quizRequired = false }, qualifiesForCoverage = false,
        }).JsonAsync(HttpStatusCode.Created)).Id();
        var lessonId = (await trainer.PostAsJsonAsync($"/api/training/courses/{courseId}/lessons", new { title = "Bài 1: Lừa đảo qua mạng", body = "<p>Bài</p>" })
            .JsonAsync(HttpStatusCode.Created)).Id();
        return (courseId, lessonId);
    }

    [Fact]
    public async Task An_Overlay_Link_And_An_External_Image_Are_Not_Stored_And_The_Courses_Image_Is_Served_From_The_Readers_Route()
    {
        var trainer = await factory.CreateBearerClientAsync("trainer@demo.local");
        var (courseId, lessonId) = await CreateCourseAsync(trainer, "LUADAO-1");
        var attachmentId = (await trainer.PostAsync($"/api/training/courses/{courseId}/lessons/{lessonId}/attachments",
            new MultipartFormDataContent { { new ByteArrayContent(Png), "file", "so-do.png" } }).JsonAsync(HttpStatusCode.Created)).Id();

        var stored = (await trainer.PutAsJsonAsync($"/api/training/courses/{courseId}/lessons/{lessonId}", new
        {
            title = "Bài 1: Lừa đảo qua mạng", body = Overlay + $"<p class=\"text-center\"><img src=\"attachment:{attachmentId}\" alt=\"Sơ đồ\"></p>",
        }).JsonAsync(HttpStatusCode.OK)).GetProperty("body").GetString()!;
        var trainerPage = new PageClient(factory);
        await trainerPage.SignInAsync("trainer@demo.local", DemoDataSeeder.DemoPassword);
        var details = await trainerPage.Http.GetStringAsync($"/Courses/Details/{courseId}");
        await trainer.PostAsync($"/api/training/courses/{courseId}/publish", null).JsonAsync(HttpStatusCode.OK);
        var learnerPage = new PageClient(factory);
        await learnerPage.SignInAsync("learner@demo.local", DemoDataSeeder.DemoPassword);
        var lesson = await learnerPage.Http.GetStringAsync($"/Learn/Lesson/{lessonId}");
        var image = await learnerPage.Http.GetAsync($"/api/training/catalogue/lessons/{lessonId}/attachments/{attachmentId}");
        var nextVersion = await trainer.PutAsJsonAsync($"/api/training/courses/{courseId}", new
        {
            title = "Nhận diện tệ nạn trên mạng (2021)", audienceRoles = Array.Empty<string>(),
            completionRule = new { allLessons = true, minAttendancePercent = (int?)null, quizRequired = false }, qualifiesForCoverage = false,
        }).JsonAsync(HttpStatusCode.OK);
        var copied = (await trainer.GetAsync($"/api/training/courses/{nextVersion.Id()}/lessons").JsonAsync(HttpStatusCode.OK))[0];

        ShouldBeHarmless(stored);
        stored.ShouldContain($"<p class=\"text-center\"><img src=\"attachment:{attachmentId}\" alt=\"Sơ đồ\"></p>");
        ShouldBeHarmless(details);
        details.ShouldContain($"<img src=\"/api/training/courses/{courseId}/attachments/{attachmentId}\" alt=\"Sơ đồ\">");
        ShouldBeHarmless(lesson);
        lesson.ShouldContain($"<img src=\"/api/training/catalogue/lessons/{lessonId}/attachments/{attachmentId}\" alt=\"Sơ đồ\">");
        image.StatusCode.ShouldBe(HttpStatusCode.OK);
        image.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");

        // The next version's copy shows its own attachment, not the old version's.
        var copiedAttachmentId = copied.GetProperty("attachments")[0].Id();
        copiedAttachmentId.ShouldNotBe(attachmentId);
        copied.GetProperty("body").GetString()!.ShouldContain($"<img src=\"attachment:{copiedAttachmentId}\" alt=\"Sơ đồ\">");
    }

    [Fact]
    public async Task A_Lesson_Stored_Under_Older_Rules_Is_Sanitised_Again_Once_When_The_Database_Is_Migrated()
    {
        var trainer = await factory.CreateBearerClientAsync("trainer@demo.local");
        var (courseId, lessonId) = await CreateCourseAsync(trainer, "LUADAO-2");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
            var old = await db.Set<Lesson>().SingleAsync(l => l.Id == Guid.Parse(lessonId));
            db.Entry(old).Property(l => l.Body).CurrentValue = Overlay;
            db.Entry(old).Property(l => l.SanitizerVersion).CurrentValue = 0;
            await db.SaveChangesAsync();
        }

        var versions = new List<(string Body, int Version)>();
        for (var run = 0; run < 2; run++)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<TrainingDbMigrationService>().MigrateAndSeedAsync(includeDemoData: true);
            var lesson = await scope.ServiceProvider.GetRequiredService<TrainingDbContext>().Set<Lesson>().AsNoTracking().SingleAsync(l => l.Id == Guid.Parse(lessonId));
            versions.Add((lesson.Body, lesson.SanitizerVersion));
        }

        var served = (await trainer.GetAsync($"/api/training/courses/{courseId}/lessons").JsonAsync(HttpStatusCode.OK))[0].GetProperty("body").GetString()!;
        ShouldBeHarmless(served);
        versions[0].Version.ShouldBe(CourseConsts.LessonSanitizerVersion);
        versions[1].ShouldBe(versions[0]);
    }
}
