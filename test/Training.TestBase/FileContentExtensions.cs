using Training.Documents;

namespace Training;

public static class FileContentExtensions
{
    /// <summary>The file as a download would receive it.</summary>
    public static async Task<byte[]> ReadAllAsync(this FileContentDto file)
    {
        using var output = new MemoryStream();
        await file.WriteAsync(output, CancellationToken.None);
        return output.ToArray();
    }
}
