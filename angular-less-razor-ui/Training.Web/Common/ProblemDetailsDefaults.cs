using Microsoft.AspNetCore.Http.Features;
using Training.Common;

namespace Training.Web.Common;

/// <summary>Gives every problem a stable code and a localised message, including the bare 401/403/404 of the pipeline.</summary>
public static class ProblemDetailsDefaults
{
    public static void Customize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (!problem.Extensions.ContainsKey("code"))
        {
            problem.Extensions["code"] = problem.Status switch
            {
                StatusCodes.Status401Unauthorized => TrainingErrorCodes.Unauthenticated,
                StatusCodes.Status403Forbidden => TrainingErrorCodes.Forbidden,
                StatusCodes.Status404NotFound => TrainingErrorCodes.EntityNotFound,
                StatusCodes.Status409Conflict => TrainingErrorCodes.Conflict,
                _ => TrainingErrorCodes.ValidationFailed,
            };
        }

        if (problem.Detail is null && problem.Extensions["code"] is string code)
        {
            problem.Detail = context.HttpContext.RequestServices.GetRequiredService<TrainingProblems>().Message(code);
        }

        // After an exception the request has been re-routed to the error page: name the path that failed.
        problem.Instance ??= context.HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerPathFeature>()?.Path
            ?? context.HttpContext.Request.Path;
        if (context.HttpContext.Features.Get<IHttpActivityFeature>()?.Activity.Id is { } traceId)
        {
            problem.Extensions["traceId"] = traceId;
        }
    }
}
