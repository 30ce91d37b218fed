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

    /// <summary>A 400 whose <c>errors</c> name each field (camelCase JSON paths) with messages in the request's language.</summary>
    public ValidationProblem ValidationProblem(IDictionary<string, List<string>> errors) =>
        TypedResults.ValidationProblem(errors.ToDictionary(e => e.Key, e => e.Value.ToArray()), detail: Message(TrainingErrorCodes.ValidationFailed),
            extensions: new Dictionary<string, object?> { ["code"] = TrainingErrorCodes.ValidationFailed });

    /// <summary>What a data annotation asks for, in the request's language (its own message is English).</summary>
    public string ValidationMessage(System.ComponentModel.DataAnnotations.ValidationAttribute attribute) => attribute switch
    {
        System.ComponentModel.DataAnnotations.RequiredAttribute => Message("Validation:FieldRequired"),
        System.ComponentModel.DataAnnotations.StringLengthAttribute length => Message("Validation:FieldLength", length.MinimumLength, length.MaximumLength),
        System.ComponentModel.DataAnnotations.RangeAttribute range => Message("Validation:FieldRange", range.Minimum, range.Maximum),
        System.ComponentModel.DataAnnotations.LengthAttribute count => Message("Validation:FieldCount", count.MinimumLength, count.MaximumLength),
        _ => Message("Validation:FieldFormat"),
    };

    public string EnumMessage(Type enumType) => Message("Validation:EnumName", string.Join(", ", Enum.GetNames(enumType)));

    public static int StatusOf(TrainingErrorKind kind) => kind switch
    {
        TrainingErrorKind.Forbidden => StatusCodes.Status403Forbidden,
        TrainingErrorKind.NotFound => StatusCodes.Status404NotFound,
        TrainingErrorKind.Conflict => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status400BadRequest,
    };
}
