using System.ComponentModel.DataAnnotations;
using Training.OrganizationUnits;
using Training.Rosters;

namespace Training.Coverage;

/// <summary>A plan as written by its editor. Absent lists and numbers take the plan's defaults: every role, the 30/06 and
/// 31/12 inside the period, 10 days to report, districts and agencies reporting (communes and agencies after 1 July 2025),
/// targets of 100%.</summary>
public sealed record SaveCoveragePlanDto
{
    [Required]
    [StringLength(CoverageConsts.MaxNameLength)]
    public string Name { get; init; } = string.Empty;

    [Required]
    public DateOnly? StartsOn { get; init; }

    [Required]
    public DateOnly? EndsOn { get; init; }

    /// <summary>Read on <see cref="StartsOn"/>.</summary>
    [Required]
    [StringLength(OrganizationUnitConsts.MaxCodeLength)]
    public string RootUnitCode { get; init; } = string.Empty;

    public IReadOnlyList<StaffRole>? Roles { get; init; }

    /// <summary>Course codes whose completion counts, whatever the version.</summary>
    [Required]
    public IReadOnlyList<string> CourseCodes { get; init; } = [];

    // Typed as decimal: an int range would overflow converting 1e23 and answer 500.
    [Range(typeof(decimal), "0", "100")]
    public decimal? TargetPercent { get; init; }

    [Range(typeof(decimal), "0", "100")]
    public decimal? ActivityTargetPercent { get; init; }

    public IReadOnlyList<DateOnly>? ReportingDates { get; init; }

    [Range(0, 366)]
    public int? ReportDueDays { get; init; }

    public IReadOnlyList<OrganizationUnitKind>? ReportingUnitKinds { get; init; }

    [StringLength(OrganizationUnitConsts.MaxCodeLength)]
    public string? ConsolidatingUnitCode { get; init; }

    /// <summary>On PUT: the version read; a plan changed since answers 409.</summary>
    public Guid? Version { get; init; }
}
