using Training.OrganizationUnits;
using Training.Rosters;

namespace Training.Coverage;

/// <param name="Version">Send it back on PUT: a plan changed by someone else since is refused with 409.</param>
public sealed record CoveragePlanDto(
    Guid Id,
    string Name,
    DateOnly StartsOn,
    DateOnly EndsOn,
    string RootUnitCode,
    IReadOnlyList<StaffRole> Roles,
    IReadOnlyList<string> CourseCodes,
    decimal TargetPercent,
    decimal ActivityTargetPercent,
    IReadOnlyList<DateOnly> ReportingDates,
    int ReportDueDays,
    IReadOnlyList<OrganizationUnitKind> ReportingUnitKinds,
    string? ConsolidatingUnitCode,
    Guid Version);
