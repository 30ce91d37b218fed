using Training.OrganizationUnits;
using Training.Rosters;

namespace Training.Coverage;

/// <summary>
/// A plan such as 552/KH-UBND 2020: who must be trained (roles, under a root unit), by which courses (codes, any version),
/// in which period, against which targets, and when and by whom it is reported on.
/// </summary>
public class CoveragePlan
{
    private CoveragePlan()
    {
        Name = null!;
        RootUnitCode = null!;
    }

    public CoveragePlan(Guid id, CoveragePlanTerms terms)
    {
        Id = id;
        Name = null!;
        RootUnitCode = null!;
        Change(terms);
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public DateOnly StartsOn { get; private set; }

    public DateOnly EndsOn { get; private set; }

    /// <summary>Read on <see cref="StartsOn"/>.</summary>
    public string RootUnitCode { get; private set; }

    public IReadOnlyList<StaffRole> Roles { get; private set; } = [];

    public IReadOnlyList<string> CourseCodes { get; private set; } = [];

    public decimal TargetPercent { get; private set; }

    public decimal ActivityTargetPercent { get; private set; }

    public IReadOnlyList<DateOnly> ReportingDates { get; private set; } = [];

    public int ReportDueDays { get; private set; }

    public IReadOnlyList<OrganizationUnitKind> ReportingUnitKinds { get; private set; } = [];

    public string? ConsolidatingUnitCode { get; private set; }

    /// <summary>Changes on every write, so that two editors racing end in 409 rather than one losing the other's change.</summary>
    public Guid Version { get; private set; }

    /// <summary>The date the plan is read on for <paramref name="asOf"/>: within the period, else its nearest end.</summary>
    public DateOnly Clamp(DateOnly asOf) => asOf < StartsOn ? StartsOn : asOf > EndsOn ? EndsOn : asOf;

    public void Change(CoveragePlanTerms terms)
    {
        var name = (terms.Name ?? string.Empty).Trim();
        if (name.Length is 0 or > CoverageConsts.MaxNameLength)
        {
            throw Invalid(TrainingErrorCodes.CoveragePlanNameRequired, "name");
        }

        if (terms.EndsOn < terms.StartsOn)
        {
            throw Invalid(TrainingErrorCodes.CoveragePlanPeriodInvalid, "endsOn");
        }

        var codes = terms.CourseCodes.Select(c => (c ?? string.Empty).Trim()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .ToList();
        if (codes.Count is 0 or > CoverageConsts.MaxCourseCodes || codes.Any(c => c.Length > Training.Courses.CourseConsts.MaxCodeLength))
        {
            throw Invalid(TrainingErrorCodes.CoveragePlanCoursesRequired, "courseCodes");
        }

        if (terms.Roles.Any(r => !Enum.IsDefined(r)))
        {
            throw Invalid(TrainingErrorCodes.StaffRoleUnknown, "roles");
        }

        if (!IsPercent(terms.TargetPercent))
        {
            throw Invalid(TrainingErrorCodes.CoveragePlanTargetInvalid, "targetPercent");
        }

        if (!IsPercent(terms.ActivityTargetPercent))
        {
            throw Invalid(TrainingErrorCodes.CoveragePlanTargetInvalid, "activityTargetPercent");
        }

        var dates = (terms.ReportingDates ?? DefaultReportingDates(terms.StartsOn, terms.EndsOn)).Distinct().Order().ToList();
        if (dates.Count > CoverageConsts.MaxReportingDates || dates.Any(d => d < terms.StartsOn || d > terms.EndsOn))
        {
            throw Invalid(TrainingErrorCodes.CoveragePlanReportingDateInvalid, "reportingDates");
        }

        if (terms.ReportDueDays is < 0 or > 366)
        {
            throw Invalid(TrainingErrorCodes.CoveragePlanDueDaysInvalid, "reportDueDays");
        }

        var kinds = terms.ReportingUnitKinds ?? DefaultReportingUnitKinds(terms.EndsOn);
        if (kinds.Any(k => !Enum.IsDefined(k)))
        {
            throw Invalid(TrainingErrorCodes.UnitKindUnknown, "reportingUnitKinds");
        }

        Name = name;
        StartsOn = terms.StartsOn;
        EndsOn = terms.EndsOn;
        RootUnitCode = terms.RootUnitCode.Trim();

        // No role named means every role: a plan never counts nobody by accident.
        Roles = (terms.Roles.Count == 0 ? Enum.GetValues<StaffRole>() : terms.Roles).Distinct().Order().ToList();
        CourseCodes = codes;
        TargetPercent = terms.TargetPercent;
        ActivityTargetPercent = terms.ActivityTargetPercent;
        ReportingDates = dates;
        ReportDueDays = terms.ReportDueDays;
        ReportingUnitKinds = kinds.Distinct().Order().ToList();
        ConsolidatingUnitCode = string.IsNullOrWhiteSpace(terms.ConsolidatingUnitCode) ? null : terms.ConsolidatingUnitCode.Trim();
        Version = Guid.NewGuid();
    }

    /// <summary>Every 30/06 and 31/12 inside the period: the 6-month and annual reports of plan 552.</summary>
    public static IReadOnlyList<DateOnly> DefaultReportingDates(DateOnly startsOn, DateOnly endsOn)
    {
        var dates = new List<DateOnly>();
        for (var year = startsOn.Year; year <= endsOn.Year; year++)
        {
            dates.AddRange(new[] { new DateOnly(year, 6, 30), new DateOnly(year, 12, 31) }.Where(d => d >= startsOn && d <= endsOn));
        }

        return dates;
    }

    /// <summary>Districts report until the district level is abolished (1 July 2025); communes report after it. Agencies always.</summary>
    public static IReadOnlyList<OrganizationUnitKind> DefaultReportingUnitKinds(DateOnly endsOn) =>
        endsOn >= OrganizationUnitConsts.Reorganisation2025
            ? [OrganizationUnitKind.Commune, OrganizationUnitKind.Agency]
            : [OrganizationUnitKind.District, OrganizationUnitKind.Agency];

    private static bool IsPercent(decimal value) => value is >= 0 and <= 100;

    private static TrainingException Invalid(string code, string field) => new(code) { Field = field };
}

/// <summary>What a plan says, as given by its editor; null lists take the plan's defaults.</summary>
public sealed record CoveragePlanTerms(
    string Name,
    DateOnly StartsOn,
    DateOnly EndsOn,
    string RootUnitCode,
    IReadOnlyCollection<StaffRole> Roles,
    IReadOnlyCollection<string> CourseCodes,
    decimal TargetPercent,
    decimal ActivityTargetPercent,
    IReadOnlyCollection<DateOnly>? ReportingDates,
    int ReportDueDays,
    IReadOnlyCollection<OrganizationUnitKind>? ReportingUnitKinds,
    string? ConsolidatingUnitCode);
