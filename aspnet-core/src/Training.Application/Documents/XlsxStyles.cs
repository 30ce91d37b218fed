using NPOI.SS.UserModel;

namespace Training.Documents;

/// <summary>
/// The cell styles of one formatted (NPOI) workbook, in Times New Roman as official papers are. Each distinct style and
/// font is made once: Excel refuses a file with more than 64,000 styles, which a style per cell reaches quickly.
/// </summary>
public sealed class XlsxStyles(IWorkbook workbook)
{
    public const string FontName = "Times New Roman";

    private readonly Dictionary<(bool Bold, bool Italic, short Size), IFont> _fonts = [];
    private readonly Dictionary<XlsxStyle, ICellStyle> _styles = [];

    public ICellStyle this[XlsxStyle style]
    {
        get
        {
            if (!_styles.TryGetValue(style, out var made))
            {
                made = workbook.CreateCellStyle();
                made.SetFont(Font(style.Bold, style.Italic, style.Size));
                made.Alignment = style.Align;
                made.VerticalAlignment = style.CentredVertically ? VerticalAlignment.Center : VerticalAlignment.Bottom;
                made.WrapText = style.Wrap;
                if (style.Boxed)
                {
                    made.BorderTop = made.BorderBottom = made.BorderLeft = made.BorderRight = BorderStyle.Thin;
                }

                if (style.Underline != BorderStyle.None)
                {
                    made.BorderBottom = style.Underline;
                }

                if (style.Format is { } format)
                {
                    made.DataFormat = workbook.CreateDataFormat().GetFormat(format);
                }

                if (style.Fill is { } fill)
                {
                    made.FillForegroundColor = fill;
                    made.FillPattern = FillPattern.SolidForeground;
                }

                _styles[style] = made;
            }

            return made;
        }
    }

    /// <summary>The workbook as bytes, for a small formatted file.</summary>
    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        workbook.Write(stream);
        return stream.ToArray();
    }

    private IFont Font(bool bold, bool italic, short size)
    {
        if (!_fonts.TryGetValue((bold, italic, size), out var font))
        {
            font = workbook.CreateFont();
            font.FontName = FontName;
            font.FontHeightInPoints = size;
            font.IsBold = bold;
            font.IsItalic = italic;
            _fonts[(bold, italic, size)] = font;
        }

        return font;
    }
}
