using System.Globalization;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using QRCoder;
using Training.Documents;

namespace Training.Certificates;

/// <summary>
/// A certificate (giấy chứng nhận) as one A4 landscape page in Noto Serif: the official header, the holder and the course,
/// the QR code of the public verification page with the codes under it, and the signature block; "ĐÃ THU HỒI" across a
/// revoked one. Everything it draws with is made per call, so a class's certificates can be rendered in parallel.
/// </summary>
public static class CertificatePdf
{
    private const double Mm = OfficialPdf.Mm;
    private const double Margin = 24 * Mm;
    private const double QrSize = 32 * Mm;
    private const double SignatureHeight = 22 * Mm;

    /// <summary>Where the holder's lines start, under the title; they end above the QR code and the signature block.</summary>
    private const double BodyTop = 65 * Mm;

    /// <summary>Where the QR code's text and the signer's name end, inside the border.</summary>
    private const double Bottom = 17 * Mm;

    /// <summary>The body's largest text size, and the smallest it shrinks to when long names and titles need the room.</summary>
    private const double TextSize = 14;
    private const double SmallestTextSize = 9;

    private static readonly XColor Ornament = XColor.FromArgb(140, 26, 26);
    private static readonly XColor Stamp = XColor.FromArgb(110, 220, 0, 0);

    public static byte[] Render(CertificatePrint print)
    {
        using var document = new PdfDocument();
        document.Info.Title = $"Giấy chứng nhận {print.Serial}";
        var page = document.AddPage();
        page.Size = PageSize.A4;
        page.Orientation = PageOrientation.Landscape;
        var width = page.Width.Point;
        var height = page.Height.Point;
        var content = new XRect(Margin, 0, width - (2 * Margin), height);

        using (var gfx = XGraphics.FromPdfPage(page))
        {
            Border(gfx, width, height);
            // The place and date belong to the signature block on a certificate, not under the motto.
            var y = OfficialHeader.Draw(gfx, new XRect(content.X, 17 * Mm, content.Width, 60), print.ParentBody ?? string.Empty,
                print.IssuingBody ?? string.Empty, string.Empty);
            gfx.DrawString("GIẤY CHỨNG NHẬN", new XFont(PdfFonts.Family, 30, XFontStyleEx.Bold), new XSolidBrush(Ornament),
                new XRect(content.X, y + 2, content.Width, 36), XStringFormats.TopCenter);
            gfx.DrawString("(Hoàn thành khoá bồi dưỡng)", new XFont(PdfFonts.Family, 14, XFontStyleEx.Italic), XBrushes.Black,
                new XRect(content.X, y + 42, content.Width, 18), XStringFormats.TopCenter);

            var bottom = height - Bottom;
            var below = Math.Min(Verification(gfx, print, content.X + (6 * Mm), (content.Width * 0.45) - (6 * Mm), bottom),
                Signature(gfx, print, content.X + (content.Width * 0.55), content.Width * 0.45, bottom));
            Body(gfx, print, new XRect(content.X + (18 * Mm), BodyTop, content.Width - (36 * Mm), below - (4 * Mm) - BodyTop));
            if (print.Revoked)
            {
                Revoked(gfx, width, height);
            }
        }

        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }

    private static void Border(XGraphics gfx, double width, double height)
    {
        var outer = new XRect(8 * Mm, 8 * Mm, width - (16 * Mm), height - (16 * Mm));
        var inner = new XRect(10.5 * Mm, 10.5 * Mm, width - (21 * Mm), height - (21 * Mm));
        gfx.DrawRectangle(new XPen(Ornament, 2.4), outer);
        gfx.DrawRectangle(new XPen(Ornament, 0.8), inner);
        var brush = new XSolidBrush(Ornament);
        foreach (var (x, y) in new[] { (inner.Left, inner.Top), (inner.Right, inner.Top), (inner.Left, inner.Bottom), (inner.Right, inner.Bottom) })
        {
            var d = 2.2 * Mm;
            gfx.DrawPolygon(brush, [new XPoint(x, y - d), new XPoint(x + d, y), new XPoint(x, y + d), new XPoint(x - d, y)], XFillMode.Winding);
        }
    }

    /// <summary>The holder's lines at the largest size that fits the area, as a block centred in it.</summary>
    private static void Body(XGraphics gfx, CertificatePrint print, XRect area)
    {
        var fields = Fields(print);
        var size = TextSize;
        while (size > SmallestTextSize && Lines(gfx, fields, size, area.Width, null).Height > area.Height)
        {
            size -= 0.5;
        }

        var used = Lines(gfx, fields, size, area.Width, null);
        Lines(gfx, fields, size, area.Width,
            new XPoint(area.X + ((area.Width - used.Width) / 2), area.Y + Math.Max(0, (area.Height - used.Height) / 2)));
    }

    private static List<(string Label, string Value, bool Large, bool Bold)> Fields(CertificatePrint print)
    {
        var fields = new List<(string, string, bool, bool)> { ("Chứng nhận ông/bà: ", print.HolderName, true, true) };
        if (print.BirthDate is { } birth)
        {
            fields.Add(("Ngày sinh: ", Date(birth), false, false));
        }

        fields.Add(("Đơn vị công tác: ", print.UnitName, false, false));
        fields.Add(("Đã hoàn thành khoá học: ", print.CourseTitle, false, true));
        if (print.SessionFrom is { } from && print.SessionTo is { } to)
        {
            fields.Add(("Thời gian học: ", $"từ ngày {Date(from)} đến ngày {Date(to)}", false, false));
        }
        else
        {
            fields.Add(("Ngày hoàn thành: ", Date(print.CompletedOn), false, false));
        }

        if (print.ExpiresOn is { } expires)
        {
            fields.Add(("Có giá trị đến ngày: ", Date(expires), false, false));
        }

        return fields;
    }

    /// <summary>Each label followed by its value, the value wrapping under itself within <paramref name="width"/>; drawn from
    /// <paramref name="origin"/>, or only measured without one.</summary>
    /// <returns>The widest line's width and the height of all.</returns>
    private static XSize Lines(XGraphics gfx, List<(string Label, string Value, bool Large, bool Bold)> fields, double size, double width, XPoint? origin)
    {
        var label = new XFont(PdfFonts.Family, size);
        var (x, y) = origin is { } o ? (o.X, o.Y) : (0, 0);
        var top = y;
        var widest = 0.0;
        foreach (var field in fields)
        {
            var value = new XFont(PdfFonts.Family, field.Large ? size * 1.45 : size, field.Bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);
            var indent = gfx.MeasureString(field.Label, label).Width;
            var lines = Wrap(gfx, field.Value, value, width - indent);
            for (var i = 0; i < lines.Count; i++)
            {
                widest = Math.Max(widest, indent + gfx.MeasureString(lines[i], value).Width);
                var baseline = y + (value.Size * 1.1);
                if (origin is not null)
                {
                    if (i == 0)
                    {
                        gfx.DrawString(field.Label, label, XBrushes.Black, x, baseline);
                    }

                    gfx.DrawString(lines[i], value, XBrushes.Black, x + indent, baseline);
                }

                y += value.Size * 1.4;
            }

            y += size * 0.35;
        }

        return new XSize(widest, y - top);
    }

    /// <summary>The QR code of the verification page, and under it the codes to type in when it cannot be scanned; the last
    /// line on <paramref name="bottom"/>, so that a long address pushes the code up, not off the page.</summary>
    /// <returns>The top of the code.</returns>
    private static double Verification(XGraphics gfx, CertificatePrint print, double x, double width, double bottom)
    {
        using var generator = new QRCodeGenerator();
        using var qr = generator.CreateQrCode(print.VerifyUrl, QRCodeGenerator.ECCLevel.M);
        var matrix = qr.ModuleMatrix;
        var module = QrSize / matrix.Count;
        // The text lines up with the code itself, not with its quiet zone.
        var textX = x + (module * 4);
        var font = new XFont(PdfFonts.Family, 9.5);
        var bold = new XFont(PdfFonts.Family, 9.5, XFontStyleEx.Bold);
        var lines = Wrap(gfx, $"Số hiệu: {print.Serial}", font, x + width - textX)
            .Concat(Wrap(gfx, $"Tra cứu: {print.VerifyUrl}", font, x + width - textX)).ToList();
        var top = bottom - QrSize - 11 - (lines.Count * 12);

        // The matrix holds the quiet zone (4 modules each side) that scanners need, left blank on the white page. One rectangle
        // per run of dark modules: adjacent squares leave hairline seams in some viewers and scanners.
        var path = new XGraphicsPath { FillMode = XFillMode.Winding };
        for (var row = 0; row < matrix.Count; row++)
        {
            for (var column = 0; column < matrix.Count; column++)
            {
                if (!matrix[row][column])
                {
                    continue;
                }

                var start = column;
                while (column + 1 < matrix.Count && matrix[row][column + 1])
                {
                    column++;
                }

                path.AddRectangle(x + (start * module), top + (row * module), (column - start + 1) * module, module);
            }
        }

        gfx.DrawPath(XBrushes.Black, path);

        var y = top + QrSize + 11;
        const string codeLabel = "Mã xác minh: ";
        gfx.DrawString(codeLabel, font, XBrushes.Black, textX, y);
        gfx.DrawString(print.VerificationCode, bold, XBrushes.Black, textX + gfx.MeasureString(codeLabel, font).Width, y);
        foreach (var line in lines)
        {
            y += 12;
            gfx.DrawString(line, font, XBrushes.Black, textX, y);
        }

        return top;
    }

    /// <summary>Place and date, then the signer's title, signature and name, the name's line on <paramref name="bottom"/>; only
    /// the place and date when no signer is set.</summary>
    /// <returns>The top of the block.</returns>
    private static double Signature(XGraphics gfx, CertificatePrint print, double x, double width, double bottom)
    {
        var title = new XFont(PdfFonts.Family, 12, XFontStyleEx.Bold);
        var titleLines = print.SignerTitle is null ? [] : Wrap(gfx, print.SignerTitle.ToUpperInvariant(), title, width);
        var top = bottom - 20 - (titleLines.Count * 16) - SignatureHeight - 18;

        gfx.DrawString(OfficialHeader.PlaceAndDate(print.Place, print.IssuedOn), new XFont(PdfFonts.Family, 12, XFontStyleEx.Italic), XBrushes.Black,
            new XRect(x, top, width, 16), XStringFormats.TopCenter);
        var y = top + 20;
        foreach (var line in titleLines)
        {
            gfx.DrawString(line, title, XBrushes.Black, new XRect(x, y, width, 16), XStringFormats.TopCenter);
            y += 16;
        }

        if (print.SignatureImage is not null)
        {
            using var image = XImage.FromStream(new MemoryStream(print.SignatureImage));
            var box = new XSize(width * 0.6, SignatureHeight - 4);
            var scale = Math.Min(box.Width / image.PointWidth, box.Height / image.PointHeight);
            var w = image.PointWidth * scale;
            var h = image.PointHeight * scale;
            gfx.DrawImage(image, x + ((width - w) / 2), y + 2 + ((box.Height - h) / 2), w, h);
        }

        y += SignatureHeight;
        if (print.SignerName is not null)
        {
            gfx.DrawString(print.SignerName, new XFont(PdfFonts.Family, 13, XFontStyleEx.Bold), XBrushes.Black,
                new XRect(x, y, width, 18), XStringFormats.TopCenter);
        }

        return top;
    }

    private static void Revoked(XGraphics gfx, double width, double height)
    {
        var state = gfx.Save();
        gfx.RotateAtTransform(-Math.Atan2(height, width) * 180 / Math.PI, new XPoint(width / 2, height / 2));
        gfx.DrawString("ĐÃ THU HỒI", new XFont(PdfFonts.Family, 100, XFontStyleEx.Bold), new XSolidBrush(Stamp),
            new XRect(0, 0, width, height), XStringFormats.Center);
        gfx.Restore(state);
    }

    /// <summary>Lines no wider than <paramref name="width"/>, broken between words, and inside a word (a long code or address)
    /// only when it alone is too wide; one empty line for no text, so that its label still shows.</summary>
    private static List<string> Wrap(XGraphics gfx, string text, XFont font, double width)
    {
        var lines = new List<string>();
        var line = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (gfx.MeasureString(candidate, font).Width <= width)
            {
                line = candidate;
                continue;
            }

            if (line.Length > 0)
            {
                lines.Add(line);
            }

            line = word;
            while (line.Length > 1 && gfx.MeasureString(line, font).Width > width)
            {
                var fits = 1;
                while (fits < line.Length && gfx.MeasureString(line[..(fits + 1)], font).Width <= width)
                {
                    fits++;
                }

                lines.Add(line[..fits]);
                line = line[fits..];
            }
        }

        if (line.Length > 0 || lines.Count == 0)
        {
            lines.Add(line);
        }

        return lines;
    }

    private static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
