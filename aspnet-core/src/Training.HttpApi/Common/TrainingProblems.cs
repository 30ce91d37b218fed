using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Training.Localization;

namespace Training.Common;

/// <summary>RFC 7807 problem details with a stable <c>code</c> and a message in the request's culture.</summary>
public sealed class TrainingProblems(IStringLocalizer<TrainingResource> localizer)
{
    public ProblemHttpResult Create(int status, string code, params object[] arguments) =>
        TypedResults.Problem(
            detail: Message(code, arguments),
            statusCode: status,
            extensions: new Dictionary<string, object?> { ["code"] = code });

    public string Message(string code, params object[] arguments)
    {
        var message = localizer[code, arguments];
        return message.ResourceNotFound ? localizer[TrainingErrorCodes.ValidationFailed] : message.Value;
    }

    public static int StatusOf(TrainingErrorKind kind) => kind switch
    {
        TrainingErrorKind.Forbidden => StatusCodes.Status403Forbidden,
        TrainingErrorKind.NotFound => StatusCodes.Status404NotFound,
        TrainingErrorKind.Conflict => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status400BadRequest,
    };
}
