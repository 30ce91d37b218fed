namespace Training.Certificates;

/// <summary>A signature or seal image sent as base64: a PNG or a JPEG by its first bytes (not by a name a client chose), at most 1 MB, that PDFsharp can draw.</summary>
internal static class SignatureImages
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];

    public static byte[] Read(string base64)
    {
        if (base64.Length > ((CertificateConsts.MaxImageBytes + 2) / 3 * 4) + 4)
        {
            throw Invalid();
        }

        var bytes = new byte[(base64.Length * 3 / 4) + 3];
        if (!Convert.TryFromBase64String(base64, bytes, out var length) || length > CertificateConsts.MaxImageBytes)
        {
            throw Invalid();
        }

        var image = bytes[..length];
        if (!image.AsSpan().StartsWith(Png) && !image.AsSpan().StartsWith(Jpeg))
        {
            throw Invalid();
        }

        EnsureDrawable(image);
        return image;
    }

    /// <summary>Read now by the library that will draw it, so that an image it cannot draw (a 1-bit PNG) is refused here, not on every paper.</summary>
    private static void EnsureDrawable(byte[] image)
    {
        try
        {
            using var stream = new MemoryStream(image, writable: false);
            using var drawable = PdfSharp.Drawing.XImage.FromStream(stream);
            if (drawable.PixelWidth <= 0 || drawable.PixelHeight <= 0)
            {
                throw Invalid();
            }
        }
        catch (Exception e) when (e is not TrainingException)
        {
            throw Invalid();
        }
    }

    private static TrainingException Invalid() => new(TrainingErrorCodes.CertificateImageInvalid) { Field = "signatureImage" };
}
