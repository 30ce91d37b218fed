using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Training.Common;
using Training.Coverage;
using Training.Identity;
using Training.Permissions;
using Training.Web.Common;

namespace Training.Web.Pages.Coverage;

/// <summary>
/// How close a unit is to the plan's target on a date: the headline, its child units to drill into, the breakdowns, the
/// trend of the nightly snapshots and, at a commune or on request, who is still to train. The numbers come counted from
/// the database: one call for the units, one per breakdown; no person is loaded but the page of names shown.
/// </summary>
[Authorize(TrainingPermissions.Coverage.View)]
public class IndexModel(ICoverageAppService coverage, ICoveragePlanAppService plans, ICoverageReportAppService reports, IPermissionChecker permissions)
    : TrainingPageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public Guid? PlanId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? UnitCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? AsOf { get; set; }

    /// <summary>The untrained by name above a commune too (a commune always lists them).</summary>
    [BindProperty(SupportsGet = true)]
    public bool Names { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<CoveragePlanDto> Plans { get; private set; } = [];

    public CoveragePlanDto? Plan { get; private set; }

    /// <summary>The unit's coverage with a row per child unit; null when there is no plan or the question was refused.</summary>
    public CoverageDto? Coverage { get; private set; }

    /// <summary>By role, by gender and, with the permission, by ethnic group.</summary>
    public IReadOnlyList<(string TitleKey, CoverageDto Answer)> Breakdowns { get; private set; } = [];

    public IReadOnlyList<CoverageTrendPointDto> Trend { get; private set; } = [];

    public PagedResultDto<UntrainedStaffDto>? Untrained { get; private set; }

    public bool CanManagePlans { get; private set; }

    public bool CanExport { get; private set; }

    /// <summary>The report files stored on the plan's reporting dates; shown at the plan's root, which they cover.</summary>
    public IReadOnlyList<CoverageFileDto> Files { get; private set; } = [];

    /// <summary>A commune, or any unit without child units on the date.</summary>
    public bool IsLeaf => Coverage is { Rows.Count: 0 };

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        CanManagePlans = await permissions.IsGrantedAsync(TrainingPermissions.Coverage.ManagePlans, cancellationToken);
        Plans = await plans.GetListAsync(cancellationToken);
        if (Plans.Count == 0)
        {
            return;
        }

        var groupings = new List<(string Title, CoverageGrouping Grouping)>
        {
            (string.Empty, CoverageGrouping.Unit), ("Coverage:ByRole", CoverageGrouping.Role), ("Coverage:ByGender", CoverageGrouping.Gender),
        };
        if (await permissions.IsGrantedAsync(TrainingPermissions.Coverage.ViewEthnicity, cancellationToken))
        {
            groupings.Add(("Coverage:ByEthnicity", CoverageGrouping.Ethnicity));
        }

        var input = new GetCoverageInput { PlanId = PlanId, UnitCode = string.IsNullOrWhiteSpace(UnitCode) ? null : UnitCode.Trim(), AsOf = AsOf };
        IReadOnlyList<CoverageDto> results = [];
        if (!await RunAsync(async () => results = await coverage.GetBreakdownsAsync(input, groupings.Select(g => g.Grouping).ToList(), cancellationToken),
                unitFromAddress: true))
        {
            return;
        }

        // The rest asks about what the answer resolved: the plan, the unit's code on the date, and the date itself.
        Coverage = results[0];
        Breakdowns = groupings.Skip(1).Select((g, i) => (g.Title, results[i + 1])).ToList();
        Plan = Plans.First(p => p.Id == Coverage.PlanId);
        input = new GetCoverageInput { PlanId = Coverage.PlanId, UnitCode = Coverage.UnitCode, AsOf = Coverage.AsOf };
        Trend = await coverage.GetTrendAsync(input, cancellationToken);
        CanExport = await permissions.IsGrantedAsync(TrainingPermissions.Coverage.Export, cancellationToken);
        if (CanExport && Coverage.UnitCode == Plan.RootUnitCode)
        {
            Files = await reports.GetFilesAsync(Plan.Id, cancellationToken);
        }
        if (IsLeaf || Names)
        {
            Untrained = await coverage.GetUntrainedAsync(new GetUntrainedInput
            {
                PlanId = input.PlanId, UnitCode = input.UnitCode, AsOf = input.AsOf, Page = Math.Clamp(PageNumber, 1, PagedInput.MaxPage), PageSize = PageSize,
            }, cancellationToken);
        }
    }

    /// <summary>The dashboard of another unit under the same plan and date.</summary>
    public string Link(string unitCode, bool names = false) =>
        "/Coverage" + QueryString.Create(new Dictionary<string, string?>
        {
            ["planId"] = Coverage!.PlanId.ToString(), ["unitCode"] = unitCode, ["asOf"] = Coverage.AsOf.ToString("yyyy-MM-dd"), ["names"] = names ? "true" : null,
        }.Where(q => q.Value is not null)).ToUriComponent();

    /// <summary>A download of this view: the report ("xlsx", "pdf") or the untrained list, as plain GET links.</summary>
    public string ExportLink(string path, string? format = null) =>
        path + QueryString.Create(new Dictionary<string, string?>
        {
            ["planId"] = Coverage!.PlanId.ToString(), ["unitCode"] = Coverage.UnitCode, ["asOf"] = Coverage.AsOf.ToString("yyyy-MM-dd"), ["format"] = format,
        }.Where(q => q.Value is not null)).ToUriComponent();

    /// <summary>A percent as the page's language writes it ("66,7%" in Vietnamese); a dash when nobody is in scope.</summary>
    /// <param name="format">One decimal for a rate, as the rule rounds it; a target is written as given ("0.##").</param>
    public static string Percent(decimal? value, string format = "0.0") =>
        value is { } v ? v.ToString(format, System.Globalization.CultureInfo.CurrentCulture) + "%" : "–";
}
