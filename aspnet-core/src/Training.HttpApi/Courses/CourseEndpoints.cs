using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Training.Common;
using Training.Courses;
using Training.Documents;
using Training.HttpApi.Common;
using Training.Permissions;

namespace Training.HttpApi.Courses;

public static class CourseEndpoints
{
    public static IEndpointRouteBuilder MapCourseEndpoints(this IEndpointRouteBuilder app)
    {
        var courses = app.MapGroup("/api/training/courses").WithTags("Courses");
        courses.MapGet("/", async ([AsParameters] GetCourseListInput input, ICourseAppService service, CancellationToken ct) =>
                TypedResults.Ok(await service.GetListAsync(input, ct)))
            .WithSummary("Courses, searched by code or title and filtered by status, a page at a time.")
            .RequireAuthorization(TrainingPermissions.Courses.Default);
        courses.MapGet("/{id:guid}", async (Guid id, ICourseAppService service, CancellationToken ct) => TypedResults.Ok(await service.GetAsync(id, ct)))
            .WithSummary("A course version with its completion rule and audience.")
            .RequireAuthorization(TrainingPermissions.Courses.Default);
        courses.MapPost("/", async (SaveCourseDto input, ICourseAppService service, CancellationToken ct) =>
            {
                var course = await service.CreateAsync(input, ct);
                return TypedResults.Created($"/api/training/courses/{course.Id}", course);
            })
            .WithSummary("Creates a course as a draft.")
            .Validate<SaveCourseDto>()
            .RequireAuthorization(TrainingPermissions.Courses.Manage);
        courses.MapPut("/{id:guid}", async (Guid id, SaveCourseDto input, ICourseAppService service, CancellationToken ct) =>
                TypedResults.Ok(await service.UpdateAsync(id, input, ct)))
            .Validate<SaveCourseDto>()
            .WithSummary("Changes a draft; a published course is changed through its next draft version, which is returned.")
            .RequireAuthorization(TrainingPermissions.Courses.Manage);
        courses.MapPost("/{id:guid}/publish", async (Guid id, ICourseAppService service, CancellationToken ct) => TypedResults.Ok(await service.PublishAsync(id, ct)))
            .WithSummary("Publishes a draft; the version it replaces is archived.")
            .RequireAuthorization(TrainingPermissions.Courses.Publish);
        courses.MapGet("/{id:guid}/lessons", async (Guid id, ICourseAppService service, CancellationToken ct) => TypedResults.Ok(await service.GetLessonsAsync(id, ct)))
            .WithSummary("The lessons of a course version, in order.")
            .RequireAuthorization(TrainingPermissions.Courses.Default);
        courses.MapPost("/{id:guid}/lessons", async (Guid id, SaveLessonDto input, ICourseAppService service, CancellationToken ct) =>
            {
                var lesson = await service.AddLessonAsync(id, input, ct);
                return TypedResults.Created($"/api/training/courses/{id}/lessons", lesson);
            })
            .Validate<SaveLessonDto>()
            .WithSummary("Adds a lesson; its body is sanitised: no script, event handler, javascript: link or style is kept, classes only text-start, "
                + "text-center, text-end (and table, table-bordered on tables), images only the course's own attachments as <img src=\"attachment:{attachmentId}\">.")
            .RequireAuthorization(TrainingPermissions.Courses.Manage);

        courses.MapPut("/{id:guid}/lessons/{lessonId:guid}", async (Guid id, Guid lessonId, SaveLessonDto input, ICourseAppService service,
                CancellationToken ct) => TypedResults.Ok(await service.UpdateLessonAsync(id, lessonId, input, ct)))
            .Validate<SaveLessonDto>()
            .WithSummary("Changes a lesson of a draft; its body is sanitised again.")
            .RequireAuthorization(TrainingPermissions.Courses.Manage);
        courses.MapPost("/{id:guid}/lessons/{lessonId:guid}/attachments", async (Guid id, Guid lessonId, IFormFile file, ICourseAppService service,
                CancellationToken ct) =>
            {
                var attachment = await service.AttachAsync(id, lessonId, file.FileName, await AttachmentUploads.ReadAsync(file, ct), ct);
                return TypedResults.Created($"/api/training/courses/{id}/attachments/{attachment.Id}", attachment);
            })
            .DisableAntiforgery()
            .WithSummary("Attaches a PDF, Office document or image (at most 10 MB, checked by its first bytes) to a lesson of a draft.")
            .RequireAuthorization(TrainingPermissions.Courses.Manage);
        courses.MapGet("/{id:guid}/attachments/{attachmentId:guid}", async (Guid id, Guid attachmentId, ICourseAppService service, CancellationToken ct) =>
                (await service.GetAttachmentAsync(id, attachmentId, ct)).ToResult(ct))
            .ProducesFile(ContentTypes.Attachments)
            .WithSummary("Downloads a lesson attachment of the course.")
            .RequireAuthorization(TrainingPermissions.Courses.Default);

        var sessions = app.MapGroup("/api/training/sessions").WithTags("Sessions");
        sessions.MapGet("/", async ([AsParameters] GetSessionListInput input, ITrainingSessionAppService service, CancellationToken ct) =>
                TypedResults.Ok(await service.GetListAsync(input, ct)))
            .WithSummary("Training sessions of the caller's units, filtered by course, a page at a time.")
            .RequireAuthorization(TrainingPermissions.Sessions.Default);
        sessions.MapGet("/{id:guid}", async (Guid id, ITrainingSessionAppService service, CancellationToken ct) => TypedResults.Ok(await service.GetAsync(id, ct)))
            .WithSummary("A session with its days and the places taken.")
            .RequireAuthorization(TrainingPermissions.Sessions.Default);
        sessions.MapPost("/", async (CreateSessionDto input, ITrainingSessionAppService service, CancellationToken ct) =>
            {
                var session = await service.CreateAsync(input, ct);
                return TypedResults.Created($"/api/training/sessions/{session.Id}", session);
            })
            .WithSummary("Plans a session of a published course: organising unit, venue, capacity and days.")
            .Validate<CreateSessionDto>()
            .RequireAuthorization(TrainingPermissions.Sessions.Manage);
        sessions.MapGet("/{id:guid}/enrollments", async (Guid id, ITrainingSessionAppService service, CancellationToken ct) =>
                TypedResults.Ok(await service.GetEnrollmentsAsync(id, ct)))
            .WithSummary("The people enrolled in a session, with their status and attendance.")
            .RequireAuthorization(TrainingPermissions.Sessions.Default);
        sessions.MapPost("/{id:guid}/enrollments", async (Guid id, EnrollStaffDto input, ITrainingSessionAppService service, CancellationToken ct) =>
                TypedResults.Ok(await service.EnrollAsync(id, input, ct)))
            .WithSummary("Enrols the listed staff, or those of a unit's subtree in the given roles; past capacity they wait in order.")
            .RequireAuthorization(TrainingPermissions.Sessions.Enroll);
        sessions.MapPost("/{id:guid}/enrollments/import", async (Guid id, IFormFile file, ITrainingSessionAppService service, CancellationToken ct) =>
            {
                await using var stream = file.OpenReadStream();
                return TypedResults.Ok(await service.EnrollFromWorkbookAsync(id, stream, ct));
            })
            .DisableAntiforgery()
            .WithSummary("Enrols the people whose national IDs an .xlsx lists (column 'Số CCCD', else the first column).")
            .RequireAuthorization(TrainingPermissions.Sessions.Enroll);
        sessions.MapGet("/{id:guid}/sign-in-sheet", async (Guid id, DateOnly date, string? format, ITrainingSessionAppService service, CancellationToken ct) =>
                (await service.GetSignInSheetAsync(id, date, format ?? "pdf", ct)).ToResult(ct))
            .ProducesFile(ContentTypes.Pdf, ContentTypes.Xlsx)
            .WithSummary("The printable sign-in sheet of a day (format=pdf or xlsx), names in Vietnamese order.")
            .RequireAuthorization(TrainingPermissions.Sessions.Default);
        sessions.MapDelete("/{id:guid}/enrollments/{staffId:guid}", async Task<NoContent> (Guid id, Guid staffId, ITrainingSessionAppService service,
                CancellationToken ct) =>
            {
                await service.WithdrawAsync(id, staffId, ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Withdraws the person; the first on the waiting list takes the place.")
            .RequireAuthorization(TrainingPermissions.Sessions.Enroll);
        sessions.MapPut("/{id:guid}/attendance", async (Guid id, AttendanceDto input, ITrainingSessionAppService service, CancellationToken ct) =>
                TypedResults.Ok(await service.SetAttendanceAsync(id, input, ct)))
            .WithSummary("Sets who was present on a day; completions it earns are recorded in the same transaction.")
            .RequireAuthorization(TrainingPermissions.Sessions.Attendance);

        app.MapGet("/api/training/staff/{id:guid}/completions", async (Guid id, ITrainingSessionAppService service, CancellationToken ct) =>
                TypedResults.Ok(await service.GetCompletionsAsync(id, ct)))
            .WithSummary("The courses a person has completed, with the session and date.")
            .WithTags("Courses")
            .RequireAuthorization(TrainingPermissions.Rosters.Default);

        var catalogue = app.MapGroup("/api/training/catalogue").WithTags("Catalogue").RequireAuthorization(TrainingPermissions.Courses.Learn);
        catalogue.MapGet("/", async (ICatalogueAppService service, CancellationToken ct) => TypedResults.Ok(await service.GetCoursesAsync(ct)))
            .WithSummary("The published courses open to the learner.");
        catalogue.MapGet("/{courseId:guid}", async (Guid courseId, ICatalogueAppService service, CancellationToken ct) =>
            TypedResults.Ok(await service.GetCourseAsync(courseId, ct)))
            .WithSummary("A course the learner may take, with their progress.");
        catalogue.MapGet("/lessons/{lessonId:guid}", async (Guid lessonId, ICatalogueAppService service, CancellationToken ct) =>
                TypedResults.Ok(await service.GetLessonAsync(lessonId, ct)))
            .WithSummary("A lesson to read; an image in its body (attachment:{attachmentId}) is served at lessons/{lessonId}/attachments/{attachmentId}.");
        catalogue.MapGet("/lessons/{lessonId:guid}/attachments/{attachmentId:guid}", async (Guid lessonId, Guid attachmentId, ICatalogueAppService service,
            CancellationToken ct) =>
            (await service.GetAttachmentAsync(lessonId, attachmentId, ct)).ToResult(ct))
            .ProducesFile(ContentTypes.Attachments)
            .WithSummary("Downloads an attachment of a lesson the learner may read.");
        catalogue.MapPost("/lessons/{lessonId:guid}/read", async (Guid lessonId, ICatalogueAppService service, CancellationToken ct) =>
            TypedResults.Ok(await service.MarkLessonReadAsync(lessonId, ct)))
            .WithSummary("Records that the learner has read a lesson; a course completed by reading is recorded too.");
        return app;
    }
}
