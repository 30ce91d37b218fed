namespace Training.Timing;

/// <summary>Business dates are dates in Asia/Ho_Chi_Minh (UTC+7, no daylight saving); instants are UTC.</summary>
public static class BusinessClock
{
    public static readonly TimeZoneInfo VietnamTimeZone = FindVietnamTimeZone();

    public static DateOnly Today(TimeProvider clock) => ToBusinessDate(clock.GetUtcNow());

    public static DateOnly ToBusinessDate(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, VietnamTimeZone).DateTime);

    /// <summary>The instant on a Cao Bằng wall clock, as pages show it ("14:30 03/12/2026").</summary>
    public static string Format(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, VietnamTimeZone).ToString("HH:mm dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);

    private static TimeZoneInfo FindVietnamTimeZone()
    {
        // ICU may be missing on a minimal machine; Vietnam has kept UTC+7 without DST since 1975, so a fixed zone is exact.
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Ho_Chi_Minh", TimeSpan.FromHours(7), "Indochina Time", "ICT");
        }
    }
}
