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

public static class QuizAttemptEndpoints
{
    public static IEndpointRouteBuilder MapQuizAttemptEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/training/quizzes/{quizId:guid}/mine", async (Guid quizId, IQuizAttemptAppService service, CancellationToken ct) =>
                TypedResults.Ok(await service.GetQuizAsync(quizId, ct)))
            .WithTags("Attempts")
            .WithSummary("The quiz as its learner sees it before starting: time, pass mark, attempts used and left, an open attempt to resume.")
            .RequireAuthorization(TrainingPermissions.Quizzes.Take);
        app.MapPost("/api/training/quizzes/{quizId:guid}/attempts", async Task<Results<Ok<QuizAttemptDto>, Created<QuizAttemptDto>>> (Guid quizId,
                IQuizAttemptAppService service, CancellationToken ct) =>
            {
                var attempt = await service.StartAsync(quizId, ct);
                return attempt.Resumed ? TypedResults.Ok(attempt) : TypedResults.Created($"/api/training/attempts/{attempt.AttemptId}", attempt);
            })
            .WithTags("Attempts")
            .WithSummary("Starts an attempt (201): draws and stores the questions and option order and the deadline; while one is open, returns it (200). "
                + "Never which options are right. 409 NoAttemptsLeft, QuizNotOpen; 403 NotOnARoster, QuizNotForYou.")
            .RequireAuthorization(TrainingPermissions.Quizzes.Take);

        var attempts = app.MapGroup("/api/training/attempts/{attemptId:guid}").WithTags("Attempts").RequireAuthorization(TrainingPermissions.Quizzes.Take);
        attempts.MapGet("/", async (Guid attemptId, IQuizAttemptAppService service, CancellationToken ct) => TypedResults.Ok(await service.GetAsync(attemptId, ct)))
            .WithSummary("The attempt with its saved answers and the seconds left (to resume anywhere); once graded, the result and the review "
                + "the quiz allows. Another person's attempt: 404.");
        attempts.MapPut("/answers/{questionId:guid}", async (Guid attemptId, Guid questionId, SaveAnswerDto input, IQuizAttemptAppService service,
                CancellationToken ct) => TypedResults.Ok(await service.SaveAnswerAsync(attemptId, questionId, input, ct)))
            .Validate<SaveAnswerDto>()
            .WithSummary("Saves one answer; savedAt only once committed. A lower clientSeq than the stored one is acknowledged, not applied. "
                + "400 OptionNotInQuestion; 409 AttemptClosed from the deadline or after submitting.");
        attempts.MapPost("/submit", async (Guid attemptId, IQuizAttemptAppService service, CancellationToken ct) =>
                TypedResults.Ok(await service.SubmitAsync(attemptId, ct)))
            .WithSummary("Submits and grades with the saved answers; idempotent (twice, or from two tabs at once, grades once and answers the same).");
        var results = app.MapGroup("/api/training/quizzes/{quizId:guid}").WithTags("Quiz results").RequireAuthorization(TrainingPermissions.Quizzes.Manage);
        results.MapGet("/attempts", async (Guid quizId, [AsParameters] GetQuizAttemptsInput input, IQuizResultsAppService service, CancellationToken ct) =>
                TypedResults.Ok(await service.GetAttemptsAsync(quizId, input, ct)))
            .WithSummary("The attempts of the people assigned on asOf (today) to the caller's units, or to unitCode's subtree, or enrolled in sessionId; "
                + "by name, then attempt.");
        results.MapGet("/attempts/export", async (Guid quizId, [AsParameters] GetQuizAttemptsInput input, IQuizResultsAppService service,
                CancellationToken ct) => (await service.ExportAttemptsAsync(quizId, input, ct)).ToResult(ct))
            .ProducesFile(ContentTypes.Xlsx)
            .WithSummary("The same attempts as an official .xlsx table.");
        results.MapGet("/item-analysis", async (Guid quizId, [AsParameters] GetQuizAttemptsInput input, IQuizResultsAppService service,
                CancellationToken ct) => TypedResults.Ok(await service.GetItemAnalysisAsync(quizId, input, ct)))
            .WithSummary("Per question, over the graded attempts given it: facility (mean item score), discrimination (top 27% minus bottom 27% by "
                + "total percent; null under 4 attempts), how many chose each option; flagged when discrimination < 0.2 or facility outside 0.2–0.9.");
        return app;
    }
}
