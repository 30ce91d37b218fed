namespace Training.Coverage;

public static class CoverageConsts
{
    public const int MaxNameLength = 256;
    public const int MaxCourseCodes = 50;
    public const int MaxReportingDates = 24;

    /// <summary>Counts under this are shown as "&lt; 5" in a breakdown by ethnicity (Law 91/2025/QH15 on personal data).</summary>
    public const int SmallCountThreshold = 5;

    public const int DefaultReportDueDays = 10;

    /// <summary>The formats a coverage report is written in, the default first (<c>format=</c> of the export, <see cref="CoverageFile"/>'s format).</summary>
    public static readonly IReadOnlyList<string> ReportFormats = ["pdf", "xlsx"];
}
