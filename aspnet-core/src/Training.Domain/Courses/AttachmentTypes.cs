using Training.Documents;

namespace Training.Courses;

/// <summary>
/// The files a lesson may carry, recognised by their first bytes as well as their name (a renamed .exe is not a PDF),
/// with the content type served for them; at most <see cref="MaxBytes"/>.
/// </summary>
public static class AttachmentTypes
{
    public const long MaxBytes = CourseConsts.MaxAttachmentBytes;

    private static readonly byte[] Pdf = "%PDF"u8.ToArray();
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] OleCompound = [0xD0, 0xCF, 0x11, 0xE0];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];

    private static readonly Dictionary<string, (string ContentType, byte[] Magic)> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = (ContentTypes.Pdf, Pdf),
        [".docx"] = (ContentTypes.Docx, Zip),
        [".xlsx"] = (ContentTypes.Xlsx, Zip),
        [".pptx"] = (ContentTypes.Pptx, Zip),
        [".doc"] = (ContentTypes.Doc, OleCompound),
        [".xls"] = (ContentTypes.Xls, OleCompound),
        [".ppt"] = (ContentTypes.Ppt, OleCompound),
        [".png"] = (ContentTypes.Png, Png),
        [".jpg"] = (ContentTypes.Jpeg, Jpeg),
        [".jpeg"] = (ContentTypes.Jpeg, Jpeg),
    };

    /// <summary>The content type to serve the file with, or an error when its size, name or first bytes are not allowed.</summary>
    public static string Check(string fileName, ReadOnlySpan<byte> content)
    {
        if (content.Length is 0 or > (int)MaxBytes)
        {
            throw new TrainingException(TrainingErrorCodes.AttachmentTooLarge);
        }

        if (!Types.TryGetValue(Path.GetExtension(fileName), out var type) || !content.StartsWith(type.Magic))
        {
            throw new TrainingException(TrainingErrorCodes.AttachmentTypeNotAllowed);
        }

        return type.ContentType;
    }
}
