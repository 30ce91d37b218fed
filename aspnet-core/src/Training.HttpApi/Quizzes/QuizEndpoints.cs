using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Training.Common;
using Training.Documents;
using Training.HttpApi.Common;
using Training.Permissions;
using Training.Quizzes;

namespace Training.HttpApi.Quizzes;

public static class QuizEndpoints
{
    public static IEndpointRouteBuilder MapQuizEndpoints(this IEndpointRouteBuilder app)
    {
        var questions = app.MapGroup("/api/training/courses/{courseId:guid}/questions").WithTags("Quizzes");
        questions.MapGet("/", async (Guid courseId, IQuestionAppService service, CancellationToken ct) => TypedResults.Ok(await service.GetListAsync(courseId, ct)))
            .WithSummary("The question bank of a course version, in bank order; which options are right and the explanations only for quiz authors.")
            .RequireAuthorization(TrainingPermissions.Courses.Default);
        questions.MapGet("/{id:guid}", async (Guid courseId, Guid id, IQuestionAppService service, CancellationToken ct) =>
                TypedResults.Ok(await service.GetAsync(courseId, id, ct)))
            .WithSummary("A question of the bank.")
            .RequireAuthorization(TrainingPermissions.Courses.Default);
        questions.MapGet("/categories", async (Guid courseId, IQuestionAppService service, CancellationToken ct) =>
                TypedResults.Ok(await service.GetCategoriesAsync(courseId, ct)))
            .WithSummary("The bank's categories with their questions, own (count) and with their sub-categories' (total): what a draw may name.")
            .RequireAuthorization(TrainingPermissions.Courses.Default);
        questions.MapPost("/", async (Guid courseId, SaveQuestionDto input, IQuestionAppService service, CancellationToken ct) =>
            {
                var question = await service.CreateAsync(courseId, input, ct);
                return TypedResults.Created($"/api/training/courses/{question.CourseId}/questions/{question.Id}", question);
            })
            .Validate<SaveQuestionDto>()
            .WithSummary("Adds a question at the end of the bank; under a published course it goes to the course's next draft version. "
                + "Text and explanation are sanitised as a lesson body (no images).")
            .RequireAuthorization(TrainingPermissions.Quizzes.Manage);
        questions.MapPut("/{id:guid}", async (Guid courseId, Guid id, SaveQuestionDto input, IQuestionAppService service, CancellationToken ct) =>
                TypedResults.Ok(await service.UpdateAsync(courseId, id, input, ct)))
            .Validate<SaveQuestionDto>()
            .WithSummary("Changes a question of a draft (409 CourseNotDraft on a published version); options sent with their id keep it.")
            .RequireAuthorization(TrainingPermissions.Quizzes.Manage);
        questions.MapDelete("/{id:guid}", async Task<NoContent> (Guid courseId, Guid id, IQuestionAppService service, CancellationToken ct) =>
            {
                await service.DeleteAsync(courseId, id, ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Removes a question of a draft, and from the fixed lists of its quizzes (409 CourseNotDraft on a published version).")
            .RequireAuthorization(TrainingPermissions.Quizzes.Manage);

        questions.MapGet("/template", async (Guid courseId, IQuestionBankFileAppService files, CancellationToken ct) =>
                (await files.GetTemplateAsync(courseId, ct)).ToResult(ct))
            .ProducesFile(ContentTypes.Xlsx)
            .WithSummary("The question-bank workbook to fill in, with a guide sheet in Vietnamese.")
            .RequireAuthorization(TrainingPermissions.Quizzes.Manage);
        questions.MapGet("/export", async (Guid courseId, IQuestionBankFileAppService files, CancellationToken ct) =>
                (await files.ExportAsync(courseId, ct)).ToResult(ct))
            .ProducesFile(ContentTypes.Xlsx)
            .WithSummary("The bank as the template's workbook (cells that look like formulas neutralised); it imports back unchanged.")
            .RequireAuthorization(TrainingPermissions.Quizzes.Manage);

        // The form-field token does not apply to the API: CookieAntiforgeryFilter checks the header of cookie callers.
        questions.MapPost("/import", async (Guid courseId, IFormFile file, bool? dryRun, string? mode, IQuestionBankFileAppService files, CancellationToken ct) =>
            {
                await using var stream = file.OpenReadStream();
                return TypedResults.Ok(await files.ImportAsync(courseId, stream, dryRun ?? false, ParseMode(mode), ct));
            })
            .DisableAntiforgery()
            .WithSummary("Imports questions (multipart field 'file'): the .xlsx template or a Moodle XML question file, told apart by content. "
                + "Other Moodle types are skipped with a reason; errors name the row (or the question's position) and the column (or element). "
                + "mode=allOrNothing (default) writes nothing when any question fails; validOnly writes the valid ones.")
            .RequireAuthorization(TrainingPermissions.Quizzes.Manage);

        app.MapGroup("/api/training/courses/{courseId:guid}/quizzes").WithTags("Quizzes")
            .MapGet("/", async (Guid courseId, IQuizAppService service, CancellationToken ct) => TypedResults.Ok(await service.GetListAsync(courseId, ct)))
            .WithSummary("The quizzes of a course version, the final one first.")
            .RequireAuthorization(TrainingPermissions.Courses.Default);
        app.MapPost("/api/training/courses/{courseId:guid}/quizzes", async (Guid courseId, SaveQuizDto input, IQuizAppService service, CancellationToken ct) =>
            {
                var quiz = await service.CreateAsync(courseId, input, ct);
                return TypedResults.Created($"/api/training/quizzes/{quiz.Id}", quiz);
            })
            .WithTags("Quizzes")
            .Validate<SaveQuizDto>()
            .WithSummary("Creates a quiz: exactly one of questionIds (a fixed list of the bank's questions) and draw (N at random per category, "
                + "sub-categories included), else 400 QuizQuestionsInvalid; under a published course it goes to the next draft version.")
            .RequireAuthorization(TrainingPermissions.Quizzes.Manage);

        var quizzes = app.MapGroup("/api/training/quizzes").WithTags("Quizzes");
        quizzes.MapGet("/{id:guid}", async (Guid id, IQuizAppService service, CancellationToken ct) => TypedResults.Ok(await service.GetAsync(id, ct)))
            .WithSummary("A quiz.")
            .RequireAuthorization(TrainingPermissions.Courses.Default);
        quizzes.MapGet("/{id:guid}/preview", async (Guid id, IQuizAppService service, CancellationToken ct) => TypedResults.Ok(await service.PreviewAsync(id, ct)))
            .WithSummary("A sitting drawn as a learner's would be (afresh each call), with the right options and explanations, and the draws "
                + "their category cannot fill: for the quiz's authors.")
            .RequireAuthorization(TrainingPermissions.Quizzes.Manage);
        quizzes.MapPut("/{id:guid}", async (Guid id, SaveQuizDto input, IQuizAppService service, CancellationToken ct) =>
                TypedResults.Ok(await service.UpdateAsync(id, input, ct)))
            .Validate<SaveQuizDto>()
            .WithSummary("Changes a quiz of a draft (409 CourseNotDraft on a published version); isFinal clears it on the version's other quiz.")
            .RequireAuthorization(TrainingPermissions.Quizzes.Manage);
        quizzes.MapDelete("/{id:guid}", async Task<NoContent> (Guid id, IQuizAppService service, CancellationToken ct) =>
            {
                await service.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Deletes a quiz of a draft (409 CourseNotDraft on a published version).")
            .RequireAuthorization(TrainingPermissions.Quizzes.Manage);
        return app;
    }

    private static QuestionImportMode ParseMode(string? mode) =>
        string.IsNullOrEmpty(mode) ? QuestionImportMode.AllOrNothing
        : Enum.TryParse<QuestionImportMode>(mode, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !mode.Any(char.IsDigit) ? parsed
        : throw new TrainingException(TrainingErrorCodes.ImportModeUnknown) { Field = "mode" };
}
