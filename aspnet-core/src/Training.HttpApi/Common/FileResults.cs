using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Training.Documents;

namespace Training.HttpApi.Common;

public static class FileResults
{
    /// <summary>A use case's file, written straight to the response: a large export is never buffered here.</summary>
    public static IResult ToResult(this FileContentDto file, CancellationToken cancellationToken) => new FileContentResult(file, cancellationToken);

    /// <summary>Says in the API's description which file types the endpoint answers with.</summary>
    public static RouteHandlerBuilder ProducesFile(this RouteHandlerBuilder builder, params IReadOnlyList<string> contentTypes) =>
        builder.Produces(StatusCodes.Status200OK, typeof(Stream), contentTypes[0], [.. contentTypes.Skip(1)]);

    private sealed class FileContentResult(FileContentDto file, CancellationToken cancellationToken) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.ContentLength = file.Length;
            return TypedResults.Stream(output => file.WriteAsync(output, cancellationToken), file.ContentType, file.FileName).ExecuteAsync(httpContext);
        }
    }
}
