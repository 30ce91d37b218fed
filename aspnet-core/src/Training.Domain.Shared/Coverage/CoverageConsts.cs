namespace Training.Coverage;

public static class CoverageConsts
{
    public const int MaxNameLength = 256;
    public const int MaxCourseCodes = 50;
    public const int MaxReportingDates = 24;

    /// <summary>Counts under this are shown as "&lt; 5" in a breakdown by ethnicity (Law 91/2025/QH15 on personal data).</summary>
    public const int SmallCountThreshold = 5;

    public const int DefaultReportDueDays = 10;
}
