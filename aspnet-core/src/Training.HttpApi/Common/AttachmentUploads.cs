using Microsoft.AspNetCore.Http;
using Training.Courses;

namespace Training.Common;

/// <summary>An uploaded lesson or activity file, read whole once its declared length is known to be within the limit.</summary>
public static class AttachmentUploads
{
    public static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken cancellationToken)
    {
        if (file.Length > CourseConsts.MaxAttachmentBytes)
        {
            throw new TrainingException(TrainingErrorCodes.AttachmentTooLarge) { Field = "file" };
        }

        using var content = new MemoryStream();
        await file.CopyToAsync(content, cancellationToken);
        return content.ToArray();
    }
}
