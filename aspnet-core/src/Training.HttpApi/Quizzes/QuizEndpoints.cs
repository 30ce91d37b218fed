using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Training.Common;
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
}
