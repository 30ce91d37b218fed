using Training.Documents;

namespace Training.Certificates;

/// <summary>A signature or seal image sent as base64: a PNG or a JPEG by its first bytes (not by a name a client chose), at most 1 MB.</summary>
internal static class SignatureImages
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];

    public static (byte[] Bytes, string ContentType) Read(string base64)
    {
        var bytes = new byte[(base64.Length * 3 / 4) + 3];
        if (base64.Length > (CertificateConsts.MaxImageBytes + 2) / 3 * 4 + 4 || !Convert.TryFromBase64String(base64, bytes, out var length) || length > CertificateConsts.MaxImageBytes)
        {
            throw Invalid();
        }

        var image = bytes[..length];
        return image.AsSpan().StartsWith(Png) ? (image, ContentTypes.Png)
            : image.AsSpan().StartsWith(Jpeg) ? (image, ContentTypes.Jpeg)
            : throw Invalid();
    }

    private static TrainingException Invalid() => new(TrainingErrorCodes.CertificateImageInvalid) { Field = "signatureImage" };
}
