using Microsoft.AspNetCore.Diagnostics;
using Training.Common;

namespace Training.Web.Common;

/// <summary>Turns a broken rule of the domain, or a request that could not be bound, into problem details.</summary>
public sealed class TrainingExceptionHandler(TrainingProblems problems, IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, code, arguments) = exception switch
        {
            TrainingException e => (TrainingProblems.StatusOf(e.Kind), e.Code, e.Arguments.ToArray()),
            BadHttpRequestException e => (e.StatusCode, TrainingErrorCodes.ValidationFailed, Array.Empty<object>()),
            // An unexpected failure of the API is still a problem document; a page's goes to the error page.
            _ when httpContext.Request.Path.StartsWithSegments("/api") => (StatusCodes.Status500InternalServerError, TrainingErrorCodes.InternalError, Array.Empty<object>()),
            _ => (0, string.Empty, Array.Empty<object>()),
        };
        if (status == 0)
        {
            return false;
        }

        httpContext.Response.StatusCode = status;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = status,
                Detail = problems.Message(code, arguments),
                Extensions = { ["code"] = code, ["reason"] = exception is BadHttpRequestException ? exception.Message : null },
            },
        });
    }
}
