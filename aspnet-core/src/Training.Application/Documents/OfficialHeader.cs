using PdfSharp.Drawing;

namespace Training.Documents;

/// <summary>
/// The two-column header of a Vietnamese administrative document (Decree 30/2020/NĐ-CP): the issuing body on the left,
/// the national motto on the right, each with its rule; place and date in italics under the motto.
/// </summary>
public static class OfficialHeader
{
    public const string Country = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public const string Motto = "Độc lập - Tự do - Hạnh phúc";

    /// <summary>Where the province's papers are signed.</summary>
    public const string Place = OfficialPlace.Name;

    /// <summary>The number line of a report, left for the records office to fill in when it registers the paper.</summary>
    public const string ReportNumber = "Số:        /BC";

    /// <param name="number">"Số: …" under the issuing body, on the line of the place and date; none on a list.</param>
    /// <returns>The y below the header.</returns>
    public static double Draw(XGraphics gfx, XRect area, string parentBody, string issuingBody, string placeAndDate, string? number = null)
    {
        var left = new XRect(area.X, area.Y, area.Width * 0.42, 60);
        var right = new XRect(area.X + (area.Width * 0.42), area.Y, area.Width * 0.58, 60);
        var regular = new XFont(PdfFonts.Family, 11);
        var bold = new XFont(PdfFonts.Family, 11, XFontStyleEx.Bold);
        var motto = new XFont(PdfFonts.Family, 12, XFontStyleEx.Bold);
        var italic = new XFont(PdfFonts.Family, 12, XFontStyleEx.Italic);

        gfx.DrawString(parentBody.ToUpperInvariant(), regular, XBrushes.Black, new XRect(left.X, left.Y, left.Width, 14), XStringFormats.TopCenter);
        gfx.DrawString(issuingBody.ToUpperInvariant(), bold, XBrushes.Black, new XRect(left.X, left.Y + 15, left.Width, 14), XStringFormats.TopCenter);
        var bodyWidth = Math.Min(gfx.MeasureString(issuingBody.ToUpperInvariant(), bold).Width, left.Width) / 3;
        gfx.DrawLine(XPens.Black, left.X + (left.Width / 2) - (bodyWidth / 2), left.Y + 36, left.X + (left.Width / 2) + (bodyWidth / 2), left.Y + 36);

        gfx.DrawString(Country, bold, XBrushes.Black, new XRect(right.X, right.Y, right.Width, 14), XStringFormats.TopCenter);
        gfx.DrawString(Motto, motto, XBrushes.Black, new XRect(right.X, right.Y + 15, right.Width, 14), XStringFormats.TopCenter);
        var mottoWidth = gfx.MeasureString(Motto, motto).Width;
        gfx.DrawLine(XPens.Black, right.X + (right.Width / 2) - (mottoWidth / 2), right.Y + 36, right.X + (right.Width / 2) + (mottoWidth / 2), right.Y + 36);
        gfx.DrawString(placeAndDate, italic, XBrushes.Black, new XRect(right.X, right.Y + 44, right.Width, 14), XStringFormats.TopCenter);
        if (number is not null)
        {
            gfx.DrawString(number, new XFont(PdfFonts.Family, 12), XBrushes.Black, new XRect(left.X, left.Y + 44, left.Width, 14), XStringFormats.TopCenter);
        }

        return area.Y + 66;
    }

    /// <summary>"Cao Bằng, ngày 05 tháng 7 năm 2020": a leading zero for days below 10 and for months 1 and 2.</summary>
    public static string PlaceAndDate(string place, DateOnly date) =>
        $"{place}, ngày {date.Day:00} tháng {(date.Month <= 2 ? date.Month.ToString("00") : date.Month.ToString())} năm {date.Year}";
}
