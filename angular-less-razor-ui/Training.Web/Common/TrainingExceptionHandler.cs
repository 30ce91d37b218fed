using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Training.Common;

namespace Training.Web.Common;

/// <summary>
/// Turns a broken rule of the domain, or a request that could not be bound, into problem details; a rule about one field
/// lists its message under that field (<c>errors</c>). A page refused by its use case shows the access-denied page. Under /api every failure, a 500 too, is problem+json with a trace id,
/// whatever the client accepts; a page's unexpected failure goes to the error page.
/// </summary>
public sealed partial class TrainingExceptionHandler(TrainingProblems problems, IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // The middleware has already pointed the request at the error page: the original path says whether it was the API.
        var path = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path.Value;
        var api = path?.StartsWith("/api/", StringComparison.Ordinal) == true;
        if (!api && exception is TrainingException { Kind: TrainingErrorKind.Forbidden })
        {
            // A page's use case refused the caller: the same access-denied page as a page the caller may not open.
            await httpContext.ForbidAsync();
            return true;
        }

        var (status, code, arguments, field) = exception switch
        {
            TrainingException e => (TrainingProblems.StatusOf(e.Kind), e.Code, e.Arguments.ToArray(), e.Field),
            BadHttpRequestException e => (e.StatusCode, TrainingErrorCodes.ValidationFailed, Array.Empty<object>(), FieldOf(e)),
            Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException => (StatusCodes.Status409Conflict, TrainingErrorCodes.ConcurrencyConflict, Array.Empty<object>(), null),
            _ when api => (StatusCodes.Status500InternalServerError, TrainingErrorCodes.InternalError, Array.Empty<object>(), null),
            _ => (0, string.Empty, Array.Empty<object>(), null),
        };
        if (status == 0)
        {
            return false;
        }

        var message = problems.Message(code, arguments);
        ProblemDetails problem = field is null
            ? new ProblemDetails()
            : new HttpValidationProblemDetails(new Dictionary<string, string[]>
            {
                [field] = [exception is BadHttpRequestException ? problems.Message("Validation:Unreadable") : message],
            });
        problem.Status = status;
        problem.Detail = message;
        problem.Extensions["code"] = code;
        httpContext.Response.StatusCode = status;
        var context = new ProblemDetailsContext { HttpContext = httpContext, Exception = exception, ProblemDetails = problem };
        if (await problemDetails.TryWriteAsync(context) || !api)
        {
            return true;
        }

        // The client accepts no JSON (a browser's Accept: text/html): an API still answers with a problem document.
        ProblemDetailsDefaults.Customize(context);
        await httpContext.Response.WriteAsJsonAsync(problem, (JsonSerializerOptions?)null, "application/problem+json", cancellationToken);
        return true;
    }

    /// <summary>The field a body or parameter could not be read into: the JSON path of the reader's error ("$.completionRule.minAttendancePercent"
    /// becomes "completionRule.minAttendancePercent"), or the parameter that failed to bind.</summary>
    private static string? FieldOf(BadHttpRequestException exception)
    {
        if (exception.InnerException is JsonException { Path: { Length: > 1 } path })
        {
            return path.TrimStart('$').TrimStart('.');
        }

        return BindFailure().Match(exception.Message) is { Success: true } match ? JsonNamingPolicy.CamelCase.ConvertName(match.Groups[1].Value) : null;
    }

    [GeneratedRegex("parameter \"[^\" ]+ (\\w+)\"")]
    private static partial Regex BindFailure();
}
