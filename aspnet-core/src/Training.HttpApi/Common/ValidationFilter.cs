using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Training.Common;

/// <summary>Checks the data annotations of a request body before the handler runs; a failure is a 400 problem.</summary>
public sealed class ValidationFilter<T> : IEndpointFilter where T : class
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (context.Arguments.OfType<T>().FirstOrDefault() is { } body)
        {
            var results = new List<ValidationResult>();
            if (!Validator.TryValidateObject(body, new ValidationContext(body, context.HttpContext.RequestServices, null), results, validateAllProperties: true))
            {
                var errors = results
                    .SelectMany(r => r.MemberNames.DefaultIfEmpty(string.Empty).Select(m => (Member: m, Message: r.ErrorMessage ?? string.Empty)))
                    .GroupBy(e => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(e.Member))
                    .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
                return TypedResults.ValidationProblem(errors, extensions: new Dictionary<string, object?> { ["code"] = TrainingErrorCodes.ValidationFailed });
            }
        }

        return await next(context);
    }
}

public static class ValidationFilterExtensions
{
    public static RouteHandlerBuilder Validate<T>(this RouteHandlerBuilder builder) where T : class =>
        builder.AddEndpointFilter<ValidationFilter<T>>().ProducesValidationProblem();
}
