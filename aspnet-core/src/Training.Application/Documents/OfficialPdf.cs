using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Drawing.Layout;
using PdfSharp.Pdf;

namespace Training.Documents;

/// <summary>
/// An official paper (Decree 30/2020/NĐ-CP) as PDF, written top to bottom on A4 with the decree's margins (left 30 mm,
/// right 15 mm, top and bottom 20 mm) in Noto Serif: the two-column header, centred titles, justified paragraphs that wrap
/// and break across pages, boxed table rows, and the signature block.
/// </summary>
public sealed class OfficialPdf
{
    public const double Mm = 72 / 25.4;

    // A font per use: nothing is shared between documents that requests write on different threads.

    public static XFont Text => new(PdfFonts.Family, 12);
    public static XFont Bold => new(PdfFonts.Family, 12, XFontStyleEx.Bold);
    public static XFont Italic => new(PdfFonts.Family, 11, XFontStyleEx.Italic);
    public static XFont Title => new(PdfFonts.Family, 14, XFontStyleEx.Bold);
    public static XFont Cell => new(PdfFonts.Family, 10);
    public static XFont CellBold => new(PdfFonts.Family, 10, XFontStyleEx.Bold);

    private const double Left = 30 * Mm;
    private const double Right = 15 * Mm;
    private const double Top = 20 * Mm;
    private const double Bottom = 20 * Mm;

    private readonly PdfDocument _document = new();
    private readonly bool _landscape;
    private PdfPage _page = null!;
    private XGraphics _gfx = null!;

    public OfficialPdf(string title, bool landscape = false)
    {
        _document.Info.Title = title;
        _landscape = landscape;
        NewPage();
    }

    /// <summary>Where the next thing is written.</summary>
    public double Y { get; set; }

    public double Width => _page.Width.Point - Left - Right;

    public void NewPage()
    {
        _gfx?.Dispose();
        _page = _document.AddPage();
        _page.Size = PageSize.A4;
        if (_landscape)
        {
            _page.Orientation = PageOrientation.Landscape;
        }

        _gfx = XGraphics.FromPdfPage(_page);
        Y = Top;
    }

    /// <summary>Starts a new page when <paramref name="height"/> does not fit on this one, then calls <paramref name="continued"/>
    /// (a table repeats its header).</summary>
    public void EnsureRoom(double height, Action? continued = null)
    {
        if (Y + height > _page.Height.Point - Bottom)
        {
            NewPage();
            continued?.Invoke();
        }
    }

    public void Header(string parentBody, string issuingBody, string placeAndDate, string? number = null) =>
        Y = OfficialHeader.Draw(_gfx, new XRect(Left, Y, Width, 60), parentBody, issuingBody, placeAndDate, number) + 12;

    public void Centred(string text, XFont font)
    {
        foreach (var line in Wrap(text, font, Width))
        {
            EnsureRoom(font.Size + 5);
            _gfx.DrawString(line, font, XBrushes.Black, new XRect(Left, Y, Width, font.Size + 4), XStringFormats.TopCenter);
            Y += font.Size + 5;
        }
    }

    /// <summary>A paragraph wrapped to the page's width, every line but the last justified, breaking across pages.</summary>
    public void Paragraph(string text, XFont font, bool justify = true, double indent = 0)
    {
        var lineHeight = font.Size * 1.35;
        var lines = Wrap(text, font, Width - indent);
        for (var i = 0; i < lines.Count; i++)
        {
            EnsureRoom(lineHeight);
            var words = lines[i].Split(' ');
            var extra = 0.0;
            if (justify && i < lines.Count - 1 && words.Length > 1)
            {
                extra = (Width - indent - _gfx.MeasureString(lines[i], font).Width) / (words.Length - 1);
            }

            var x = Left + indent;
            var space = _gfx.MeasureString(" ", font).Width;
            foreach (var word in words)
            {
                _gfx.DrawString(word, font, XBrushes.Black, x, Y + font.Size);
                x += _gfx.MeasureString(word, font).Width + space + extra;
            }

            Y += lineHeight;
        }

        Y += 3;
    }

    /// <summary>One row of boxed cells, at least <paramref name="minHeight"/> points tall and as tall as its longest wrapped cell; on a
    /// new page when it does not fit, after <paramref name="continued"/> (the table's header again).</summary>
    public void Row(IReadOnlyList<string> values, IReadOnlyList<double> widthsMm, XFont font, double minHeight, Func<int, XParagraphAlignment> align,
        Action? continued = null)
    {
        var lineHeight = _gfx.MeasureString("Ấg", font).Height;
        var lines = values.Select((v, i) => Wrap(v, font, (widthsMm[i] * Mm) - 6).Count).DefaultIfEmpty(1).Max();
        var height = Math.Max(minHeight, (lines * lineHeight) + 6);
        EnsureRoom(height, continued);
        var x = Left;
        for (var i = 0; i < values.Count; i++)
        {
            var w = widthsMm[i] * Mm;
            _gfx.DrawRectangle(XPens.Black, x, Y, w, height);
            var formatter = new XTextFormatter(_gfx) { Alignment = align(i) };
            formatter.DrawString(values[i], font, XBrushes.Black, new XRect(x + 3, Y + 3, w - 6, height - 3));
            x += w;
        }

        Y += height;
    }

    /// <summary>The signature block at the right (authority, then a note such as "(Ký, ghi rõ họ tên)"), with "Nơi nhận:" at the left when given.</summary>
    public void Signature(string authority, string note, IReadOnlyList<string>? recipients = null)
    {
        EnsureRoom(40 * Mm);
        var top = Y + 8;
        var signature = new XRect(Left + (Width / 2), top, Width / 2, 16);
        _gfx.DrawString(authority, Bold, XBrushes.Black, signature, XStringFormats.TopCenter);
        _gfx.DrawString(note, Italic, XBrushes.Black, signature with { Y = signature.Y + 16 }, XStringFormats.TopCenter);
        if (recipients is not null)
        {
            _gfx.DrawString("Nơi nhận:", new XFont(PdfFonts.Family, 12, XFontStyleEx.BoldItalic), XBrushes.Black, Left, top + 12);
            var small = new XFont(PdfFonts.Family, 11);
            for (var i = 0; i < recipients.Count; i++)
            {
                _gfx.DrawString(recipients[i], small, XBrushes.Black, Left, top + 27 + (i * 14));
            }
        }

        Y = top + 40 * Mm;
    }

    public byte[] ToBytes()
    {
        _gfx.Dispose();
        using var stream = new MemoryStream();
        _document.Save(stream);
        return stream.ToArray();
    }

    private List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        var line = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && _gfx.MeasureString(candidate, font).Width > width)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        return lines;
    }
}
