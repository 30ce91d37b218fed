namespace Training.Documents;

/// <summary>
/// A file to hand out: its name, type, and how to write it. It is written straight to the response (or into a ZIP), so a
/// 150,000-row export or a session's certificates are never held whole; the use case that returns it has already checked
/// the caller and recorded what it hands out.
/// </summary>
public sealed record FileContentDto(string FileName, string ContentType, Func<Stream, CancellationToken, Task> WriteAsync)
{
    /// <summary>The size when known beforehand, for the Content-Length a download's progress bar needs.</summary>
    public long? Length { get; init; }

    /// <summary>A file already in memory (a PDF page, an attachment).</summary>
    public static FileContentDto FromBytes(string fileName, string contentType, byte[] content) =>
        new(fileName, contentType, (output, cancellationToken) => output.WriteAsync(content, cancellationToken).AsTask()) { Length = content.Length };
}
