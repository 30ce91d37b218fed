using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Training.Common;

/// <summary>
/// A write to the API (POST, PUT, PATCH, DELETE) that a browser authenticates with its cookie must carry the antiforgery
/// token in the <c>RequestVerificationToken</c> header, multipart uploads included: another site can make the browser send
/// the cookie, not read the token. Bearer-token clients and reads (GET downloads linked from pages) are not affected.
/// </summary>
public sealed class CookieAntiforgeryFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (HttpMethods.IsPost(http.Request.Method) || HttpMethods.IsPut(http.Request.Method) || HttpMethods.IsPatch(http.Request.Method)
            || HttpMethods.IsDelete(http.Request.Method))
        {
            var bearer = http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
            if (!bearer && http.User.Identity?.IsAuthenticated == true
                && !await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http))
            {
                return http.RequestServices.GetRequiredService<TrainingProblems>().Create(StatusCodes.Status400BadRequest, TrainingErrorCodes.AntiforgeryTokenInvalid);
            }
        }

        return await next(context);
    }
}
