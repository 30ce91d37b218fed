using NPOI.SS.UserModel;

namespace Training.Documents;

/// <summary>How a cell of a formatted workbook looks (<see cref="XlsxStyles"/> makes it once per workbook).</summary>
public sealed record XlsxStyle
{
    public bool Bold { get; init; }

    public bool Italic { get; init; }

    public short Size { get; init; } = 12;

    public HorizontalAlignment Align { get; init; } = HorizontalAlignment.General;

    public bool CentredVertically { get; init; }

    public bool Wrap { get; init; }

    /// <summary>A thin border on every side, as the tables of official papers have.</summary>
    public bool Boxed { get; init; }

    /// <summary>A line under the cell only, e.g. dashed where slips are cut apart.</summary>
    public BorderStyle Underline { get; init; } = BorderStyle.None;

    /// <summary>An Excel number format: "@" keeps IDs and phones as text, "dd/mm/yyyy" shows dates the Vietnamese way.</summary>
    public string? Format { get; init; }

    public short? Fill { get; init; }
}
