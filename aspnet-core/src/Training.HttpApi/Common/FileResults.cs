using Microsoft.AspNetCore.Http;
using Training.Documents;

namespace Training.HttpApi.Common;

public static class FileResults
{
    /// <summary>A use case's file, written straight to the response: a large export is never buffered here.</summary>
    public static IResult ToResult(this FileContentDto file, CancellationToken cancellationToken) =>
        TypedResults.Stream(output => file.WriteAsync(output, cancellationToken), file.ContentType, file.FileName);
}
