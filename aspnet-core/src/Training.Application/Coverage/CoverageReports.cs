using Training.Documents;
using Training.OrganizationUnits;
using Training.Rosters;

namespace Training.Coverage;

/// <summary>
/// Writes coverage reports: for the export a caller asks for, and for the files the reporting-date job keeps. It checks
/// nobody: the app service has checked the caller, and the job runs for the province.
/// </summary>
public sealed class CoverageReports(CoverageCalculator calculator)
{
    /// <summary>"pdf" (the default) or "xlsx"; 400 <c>CoverageFormatUnknown</c> otherwise.</summary>
    public static string FormatOf(string? format)
    {
        var wanted = string.IsNullOrWhiteSpace(format) ? CoverageConsts.ReportFormats[0] : format.Trim().ToLowerInvariant();
        return CoverageConsts.ReportFormats.Contains(wanted)
            ? wanted
            : throw new TrainingException(TrainingErrorCodes.CoverageFormatUnknown) { Field = "format" };
    }

    /// <summary>"bao-cao-ty-le-tap-huan-04-2020-12-31.xlsx": ASCII, so that every browser and mail client keeps it.</summary>
    public static string FileName(OrganizationUnit unit, DateOnly asOf, string format) => $"bao-cao-ty-le-tap-huan-{unit.Code}-{asOf:yyyy-MM-dd}.{format}";

    public static string ContentType(string format) => format == "pdf" ? ContentTypes.Pdf : ContentTypes.Xlsx;

    /// <summary>The issuing body of a unit's papers, as the header's two lines: its People's Committee, or an agency under its parent.</summary>
    public static (string ParentBody, string IssuingBody) IssuerOf(OrganizationUnit unit, UnitsOnDate tree) =>
        unit.Kind == OrganizationUnitKind.Agency && unit.ParentId is { } parent && tree.Find(parent) is { } above
            ? (above.Name, unit.Name)
            : ("Ủy ban nhân dân", unit.Name);

    public async Task<byte[]> WriteAsync(CoveragePlan plan, UnitsOnDate tree, OrganizationUnit unit, string format, DateOnly issuedOn,
        CancellationToken cancellationToken = default)
    {
        var result = await calculator.ComputeAsync(plan, tree, unit, CoverageGrouping.Unit, cancellationToken);
        var (parentBody, issuingBody) = IssuerOf(unit, tree);
        var report = new CoverageReport(parentBody, issuingBody, plan.Name, tree.AsOf, issuedOn, result,
            CoverageReport.CountingRule(plan, tree.AsOf, plan.Roles.Select(StaffRoleNames.Of)));
        return format == "pdf" ? report.ToPdf() : report.ToXlsx();
    }
}
