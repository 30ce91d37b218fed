using System.Buffers.Binary;
using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Training.Certificates;
using Training.Documents;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace Training.Web.Tests.Certificates;

/// <summary>
/// The certificate's paper read back: its text layer with PdfPig, its QR code scanned from a rendering by poppler's
/// pdftoppm, the revoked stamp, the signature block with and without a signer, and long texts kept on the page.
/// </summary>
public partial class CertificatePdf_Tests
{
    private const double Mm = 72 / 25.4;

    private static readonly CertificatePrint Sample = new(
        Serial: "2026/PBT/01-A/000042",
        VerificationCode: "ABCD1234EFGH5678",
        VerifyUrl: "https://training.example.vn/verify/ABCD1234EFGH5678",
        HolderName: "Nông Thị Hằng",
        BirthDate: new DateOnly(1990, 3, 7),
        UnitName: "Phòng Lao động - Thương binh và Xã hội huyện Hoà An",
        CourseTitle: "Bồi dưỡng kỹ năng phổ biến, giáo dục pháp luật năm 2026",
        SessionFrom: new DateOnly(2026, 11, 2),
        SessionTo: new DateOnly(2026, 11, 20),
        CompletedOn: new DateOnly(2026, 11, 20),
        IssuedOn: new DateOnly(2026, 12, 3),
        ExpiresOn: new DateOnly(2031, 12, 3),
        ParentBody: "UBND TỈNH CAO BẰNG",
        IssuingBody: "Sở Lao động - Thương binh và Xã hội",
        Place: "Cao Bằng",
        SignerTitle: "Giám đốc",
        SignerName: "Hoàng Văn Đức",
        SignatureImage: null,
        Revoked: false);

    // The web host registers the same directory when a test of the factory runs first: PDFsharp keeps the first.
    static CertificatePdf_Tests() => PdfTestFonts.Use();

    [Fact]
    public void One_Landscape_Page_Names_The_Holder_The_Course_And_The_Codes_With_Their_Vietnamese_Marks()
    {
        var pdf = CertificatePdf.Render(Sample);
        File.WriteAllBytes(Path.Combine(Path.GetTempPath(), "training-certificate.pdf"), pdf);

        using var document = PdfDocument.Open(pdf);
        document.NumberOfPages.ShouldBe(1);
        document.Information.Title.ShouldBe("Giấy chứng nhận 2026/PBT/01-A/000042");
        var page = document.GetPage(1);
        page.Width.ShouldBeGreaterThan(page.Height);
        var text = Flat(page);
        text.ShouldContain("UBND TỈNH CAO BẰNG");
        text.ShouldContain("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI");
        text.ShouldContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        text.ShouldContain("Độc lập - Tự do - Hạnh phúc");
        text.ShouldContain("GIẤY CHỨNG NHẬN");
        text.ShouldContain("Chứng nhận ông/bà: Nông Thị Hằng");
        text.ShouldContain("Ngày sinh: 07/03/1990");
        text.ShouldContain("Đơn vị công tác: Phòng Lao động - Thương binh và Xã hội huyện Hoà An");
        text.ShouldContain("Đã hoàn thành khoá học: Bồi dưỡng kỹ năng phổ biến, giáo dục pháp luật năm 2026");
        text.ShouldContain("Thời gian học: từ ngày 02/11/2026 đến ngày 20/11/2026");
        text.ShouldNotContain("Ngày hoàn thành");
        text.ShouldContain("Có giá trị đến ngày: 03/12/2031");
        text.ShouldContain("Mã xác minh: ABCD1234EFGH5678");
        text.ShouldContain("Số hiệu: 2026/PBT/01-A/000042");
        text.ShouldContain("Tra cứu: https://training.example.vn/verify/ABCD1234EFGH5678");
        text.ShouldContain("Cao Bằng, ngày 03 tháng 12 năm 2026");
        text.ShouldContain("GIÁM ĐỐC");
        text.ShouldContain("Hoàng Văn Đức");
        text.ShouldNotContain("ĐÃ THU HỒI");
    }

    [Fact]
    public void Without_Session_Birth_Date_Expiry_Or_Bodies_It_Prints_The_Completion_Date_And_Leaves_The_Rest_Out()
    {
        var pdf = CertificatePdf.Render(Sample with
        {
            HolderName = "Hoàng Văn Đức",
            BirthDate = null,
            SessionFrom = null,
            SessionTo = null,
            ExpiresOn = null,
            ParentBody = null,
            IssuingBody = null,
        });

        using var document = PdfDocument.Open(pdf);
        var text = Flat(document.GetPage(1));
        text.ShouldContain("Chứng nhận ông/bà: Hoàng Văn Đức");
        text.ShouldContain("Ngày hoàn thành: 20/11/2026");
        text.ShouldNotContain("Ngày sinh");
        text.ShouldNotContain("Thời gian học");
        text.ShouldNotContain("Có giá trị");
        text.ShouldNotContain("UBND");
        text.ShouldContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    }

    [Fact]
    public async Task The_Qr_Code_Scanned_From_A_Rendering_Of_The_Page_Is_The_Verification_Url()
    {
        var pdf = CertificatePdf.Render(Sample);

        var (gray, width, height) = await RenderGrayAsync(pdf);
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(gray, width, height, RGBLuminanceSource.BitmapFormat.Gray8)));
        var result = new QRCodeReader().decode(bitmap, new Dictionary<DecodeHintType, object> { [DecodeHintType.TRY_HARDER] = true });

        result.ShouldNotBeNull("no QR code was found on the page rendered at 150 dpi");
        result.Text.ShouldBe("https://training.example.vn/verify/ABCD1234EFGH5678");
        // At the bottom left: all three finder patterns in the left half and the lower third of the page.
        result.ResultPoints.ShouldAllBe(p => p.X < width / 2 && p.Y > height * 2 / 3);
    }

    [Fact]
    public void A_Revoked_Certificate_Carries_The_Revoked_Stamp_And_A_Valid_One_Does_Not()
    {
        using var revoked = PdfDocument.Open(CertificatePdf.Render(Sample with { Revoked = true }));
        using var valid = PdfDocument.Open(CertificatePdf.Render(Sample));

        // The stamp is rotated: its letters are read in drawing order, not in the page's reading order.
        Letters(revoked.GetPage(1)).ShouldContain("ĐÃ THU HỒI");
        Letters(valid.GetPage(1)).ShouldNotContain("THU HỒI");
        Flat(revoked.GetPage(1)).ShouldContain("Chứng nhận ông/bà: Nông Thị Hằng");
    }

    [Fact]
    public void Without_A_Signer_Only_The_Place_And_Date_Show_And_A_Signature_Image_Is_Drawn_In_The_Signature_Block()
    {
        using var unsigned = PdfDocument.Open(CertificatePdf.Render(Sample with { SignerTitle = null, SignerName = null }));
        using var signed = PdfDocument.Open(CertificatePdf.Render(Sample with { SignatureImage = SignaturePng(120, 40) }));

        var text = Flat(unsigned.GetPage(1));
        text.ShouldContain("Cao Bằng, ngày 03 tháng 12 năm 2026");
        text.ShouldNotContain("GIÁM ĐỐC");
        text.ShouldNotContain("Giám đốc");
        text.ShouldNotContain("Hoàng Văn Đức");
        unsigned.GetPage(1).GetImages().ShouldBeEmpty();

        var page = signed.GetPage(1);
        var image = page.GetImages().ShouldHaveSingleItem();
        image.WidthInSamples.ShouldBe(120);
        // Between the signer's title and name, in the right half of the page; PDF's y grows upwards.
        var words = page.GetWords().ToList();
        var title = words.Single(w => w.Text == "GIÁM").BoundingBox;
        var name = words.Single(w => w.Text == "Đức").BoundingBox;
        image.BoundingBox.Left.ShouldBeGreaterThan(page.Width / 2);
        image.BoundingBox.Top.ShouldBeLessThan(title.Bottom);
        image.BoundingBox.Bottom.ShouldBeGreaterThan(name.Top);
    }

    [Fact]
    public void Very_Long_Unit_Names_And_Course_Titles_Wrap_Inside_The_Border_Without_Running_Into_Other_Lines()
    {
        var unit = string.Join(" ", Enumerable.Repeat("Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Hà Quảng", 4));
        var course = string.Join(" ", Enumerable.Repeat("Bồi dưỡng nghiệp vụ công tác lao động, thương binh và xã hội cho cán bộ cấp xã", 5));
        var pdf = CertificatePdf.Render(Sample with
        {
            HolderName = "Hoàng Thị Phương Thảo Nguyễn Ngọc Bích Đặng",
            UnitName = unit,
            CourseTitle = course,
            SignerTitle = "Phó Giám đốc phụ trách công tác đào tạo, bồi dưỡng",
            VerifyUrl = "https://training.example.vn/verify/" + new string('X', 90),
        });
        File.WriteAllBytes(Path.Combine(Path.GetTempPath(), "training-certificate-long.pdf"), pdf);

        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        var text = Flat(page);
        text.ShouldContain("Đơn vị công tác: " + unit);
        text.ShouldContain("Đã hoàn thành khoá học: " + course);
        var words = page.GetWords().ToList();
        words.Where(w => w.Text == "Trung").Select(w => Math.Round(w.BoundingBox.Bottom)).Distinct().Count().ShouldBeGreaterThan(1);
        words.Where(w => w.Text == "Bồi").Select(w => Math.Round(w.BoundingBox.Bottom)).Distinct().Count().ShouldBeGreaterThan(1);

        var inside = 10.5 * Mm;
        var glyphs = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        glyphs.ShouldAllBe(l => l.BoundingBox.Left >= inside && l.BoundingBox.Right <= page.Width - inside
            && l.BoundingBox.Bottom >= inside && l.BoundingBox.Top <= page.Height - inside);
        var collisions = glyphs.SelectMany(a => glyphs.Where(b => Math.Abs(a.StartBaseLine.Y - b.StartBaseLine.Y) > 1 && Overlap(a, b))
            .Select(b => $"'{a.Value}' at {a.StartBaseLine} with '{b.Value}' at {b.StartBaseLine}")).ToList();
        collisions.ShouldBeEmpty();
    }

    [Fact]
    public async Task Certificates_Rendered_In_Parallel_Each_Carry_Their_Own_Holder_And_Code()
    {
        var prints = Enumerable.Range(1, 24).Select(i => Sample with
        {
            HolderName = $"Hoàng Văn Đức {i:00}",
            VerificationCode = $"CODE{i:00}",
            VerifyUrl = $"https://training.example.vn/verify/CODE{i:00}",
        }).ToList();

        var pdfs = await Task.WhenAll(prints.Select(p => Task.Run(() => CertificatePdf.Render(p))));

        for (var i = 0; i < prints.Count; i++)
        {
            using var document = PdfDocument.Open(pdfs[i]);
            var text = Flat(document.GetPage(1));
            text.ShouldContain($"Chứng nhận ông/bà: {prints[i].HolderName}");
            text.ShouldContain($"Mã xác minh: {prints[i].VerificationCode}");
        }
    }

    /// <summary>Two glyphs from different lines drawn over each other (more than a hairline, as accents may touch the line above).</summary>
    private static bool Overlap(Letter a, Letter b)
    {
        var width = Math.Min(a.BoundingBox.Right, b.BoundingBox.Right) - Math.Max(a.BoundingBox.Left, b.BoundingBox.Left);
        var height = Math.Min(a.BoundingBox.Top, b.BoundingBox.Top) - Math.Max(a.BoundingBox.Bottom, b.BoundingBox.Bottom);
        return width > 0.5 && height > 0.5;
    }

    private static string Flat(Page page) => Spaces().Replace(ContentOrderTextExtractor.GetText(page), " ");

    private static string Letters(Page page) => string.Concat(page.Letters.Select(l => l.Value));

    /// <summary>Page 1 as 8-bit gray at 150 dpi, through poppler's pdftoppm (binary PGM, "P5").</summary>
    private static async Task<(byte[] Gray, int Width, int Height)> RenderGrayAsync(byte[] pdf)
    {
        var directory = Directory.CreateTempSubdirectory("certificate-");
        try
        {
            var input = Path.Combine(directory.FullName, "certificate.pdf");
            await File.WriteAllBytesAsync(input, pdf);
            var start = new ProcessStartInfo("pdftoppm", ["-gray", "-r", "150", "-f", "1", "-l", "1", "-singlefile", input, Path.Combine(directory.FullName, "page")])
            {
                RedirectStandardError = true,
            };
            Process process;
            try
            {
                process = Process.Start(start)!;
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                throw new InvalidOperationException("pdftoppm is missing: install poppler-utils (.ci/run does).", e);
            }

            using (process)
            {
                var error = await process.StandardError.ReadToEndAsync();
                await process.WaitForExitAsync();
                process.ExitCode.ShouldBe(0, error);
            }

            return Pgm(await File.ReadAllBytesAsync(Path.Combine(directory.FullName, "page.pgm")));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    /// <summary>A binary PGM: "P5", width, height and the largest value as text separated by white space (and # comments),
    /// one white space, then a byte a pixel.</summary>
    private static (byte[] Gray, int Width, int Height) Pgm(byte[] file)
    {
        var position = 0;
        string Token()
        {
            while (true)
            {
                while (char.IsWhiteSpace((char)file[position]))
                {
                    position++;
                }

                if (file[position] != '#')
                {
                    break;
                }

                while (file[position] != '\n')
                {
                    position++;
                }
            }

            var start = position;
            while (!char.IsWhiteSpace((char)file[position]))
            {
                position++;
            }

            return Encoding.ASCII.GetString(file, start, position - start);
        }

        Token().ShouldBe("P5");
        var width = int.Parse(Token(), System.Globalization.CultureInfo.InvariantCulture);
        var height = int.Parse(Token(), System.Globalization.CultureInfo.InvariantCulture);
        Token().ShouldBe("255");
        position++;
        (file.Length - position).ShouldBe(width * height);
        return (file[position..], width, height);
    }

    /// <summary>An RGBA PNG of a dark-blue stroke on a transparent ground, written by hand: no image library is referenced.</summary>
    private static byte[] SignaturePng(int width, int height)
    {
        var raw = new byte[height * ((width * 4) + 1)];
        for (var x = 0; x < width; x++)
        {
            var y = (int)((height / 2.0) + (Math.Sin(x / 9.0) * height / 3));
            for (var dy = -1; dy <= 1; dy++)
            {
                var offset = ((y + dy) * ((width * 4) + 1)) + 1 + (x * 4);
                raw[offset] = 20;
                raw[offset + 1] = 30;
                raw[offset + 2] = 120;
                raw[offset + 3] = 255;
            }
        }

        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = 6;
        Chunk(png, "IHDR", header);
        using (var compressed = new MemoryStream())
        {
            using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            {
                zlib.Write(raw);
            }

            Chunk(png, "IDAT", compressed.ToArray());
        }

        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        var number = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        png.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typed));
        png.Write(number);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var i = 0; i < 8; i++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
