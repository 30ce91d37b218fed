namespace Training.Documents;

/// <summary>An uploaded file read into memory and refused as soon as it passes its limit: a client's Content-Length is not trusted.</summary>
internal static class UploadedFile
{
    public static async Task<MemoryStream> ReadAsync(Stream input, long maxBytes, Func<TrainingException> tooLarge, CancellationToken cancellationToken)
    {
        var content = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await input.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (content.Length + read > maxBytes)
            {
                await content.DisposeAsync();
                throw tooLarge();
            }

            content.Write(buffer, 0, read);
        }

        content.Position = 0;
        return content;
    }
}
