using System.Globalization;
using Training.Coverage;

namespace Training.Web.Pages.Coverage;

/// <summary>
/// The trend line of a unit's snapshots, laid out on the server for an inline SVG: no chart library to download, nothing
/// to run, so the page stays light and works without script. Percent runs up the side (0–100), dates along the bottom.
/// </summary>
public sealed class TrendChart
{
    public const int Width = 640;
    public const int Height = 220;
    public const int Left = 44;
    public const int Right = Width - 16;
    public const int Top = 12;
    public const int Bottom = Height - 32;

    public static readonly IReadOnlyList<int> PercentTicks = [0, 25, 50, 75, 100];

    public TrendChart(IReadOnlyList<CoverageTrendPointDto> trend, decimal target)
    {
        // A day with nobody in scope has no percent: the line skips it rather than dropping to zero.
        var points = trend.Where(p => p.Percent is not null).ToList();
        if (points.Count == 0)
        {
            return;
        }

        First = points[0].Date;
        Last = points[^1].Date;
        var span = Math.Max(Last.DayNumber - First.DayNumber, 1);
        double X(DateOnly date) => points.Count == 1 ? (Left + Right) / 2.0 : Left + (Right - Left) * (date.DayNumber - First.DayNumber) / (double)span;
        Points = string.Join(' ', points.Select(p => Format(X(p.Date)) + "," + Format(Y(p.Percent!.Value))));
        LastX = X(Last);
        LastY = Y(points[^1].Percent!.Value);
        LastPercent = points[^1].Percent!.Value;
        FirstPercent = points[0].Percent!.Value;
        TargetY = Y(target);
    }

    public bool IsEmpty => Points.Length == 0;

    /// <summary>The polyline's points, "x,y x,y …".</summary>
    public string Points { get; } = string.Empty;

    public DateOnly First { get; }

    public DateOnly Last { get; }

    public decimal FirstPercent { get; }

    public decimal LastPercent { get; }

    public double LastX { get; }

    public double LastY { get; }

    public double TargetY { get; }

    public static double Y(decimal percent) => Bottom - (Bottom - Top) * (double)Math.Clamp(percent, 0, 100) / 100;

    /// <summary>An SVG coordinate: invariant digits whatever the page's language (a Vietnamese comma would break the drawing).</summary>
    public static string Format(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
