using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Training.Coverage;
using Training.Identity;
using Training.OrganizationUnits;
using Training.Permissions;
using Training.Rosters;
using Training.Web.Common;

namespace Training.Web.Pages.Coverage.Plans;

/// <summary>Create a coverage plan, or change one: the version read travels in the form, so a plan changed by someone else
/// meanwhile is refused with a conflict rather than overwritten.</summary>
[Authorize(TrainingPermissions.Coverage.ManagePlans)]
public class EditModel(ICoveragePlanAppService plans, IOrganizationUnitAppService units, IPermissionChecker permissions, TimeProvider clock)
    : TrainingPageModel
{
    private static readonly char[] DateSeparators = [',', ';', ' ', '\n', '\r', '\t'];

    [BindProperty]
    public PlanForm Input { get; set; } = new();

    public CoveragePlanDto? Existing { get; private set; }

    /// <summary>The courses that count toward coverage, and any code already on the plan that no longer does.</summary>
    public IReadOnlyList<CoverageCourseDto> Courses { get; private set; } = [];

    public IReadOnlyList<OrganizationUnitDto> Units { get; private set; } = [];

    [TempData]
    public string? Saved { get; set; }

    public async Task OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        if (Existing is { } p)
        {
            Input = new PlanForm
            {
                Name = p.Name, StartsOn = p.StartsOn, EndsOn = p.EndsOn, RootUnitCode = p.RootUnitCode, Roles = [.. p.Roles], CourseCodes = [.. p.CourseCodes],
                TargetPercent = Number(p.TargetPercent), ActivityTargetPercent = Number(p.ActivityTargetPercent),
                ReportingDates = string.Join(", ", p.ReportingDates.Select(d => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture))),
                ReportDueDays = p.ReportDueDays, ReportingUnitKinds = [.. p.ReportingUnitKinds], ConsolidatingUnitCode = p.ConsolidatingUnitCode, Version = p.Version,
            };
        }
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        var input = ToDto();
        CoveragePlanDto? saved = null;
        if (ModelState.IsValid && await RunAsync(async () => saved = Existing is null
                ? await plans.CreateAsync(input, cancellationToken)
                : await plans.UpdateAsync(Existing.Id, input, cancellationToken)))
        {
            Saved = "1";
            return RedirectToPage(new { id = saved!.Id });
        }

        return Page();
    }

    /// <summary>What the form says, as the use case takes it; a percent or date the form cannot read is marked beside its field.</summary>
    private SaveCoveragePlanDto ToDto() => new()
    {
        Name = Input.Name, StartsOn = Input.StartsOn, EndsOn = Input.EndsOn, RootUnitCode = RosterAccess.BareCode(Input.RootUnitCode),
        Roles = Input.Roles, CourseCodes = Input.CourseCodes,
        TargetPercent = Percent(Input.TargetPercent, nameof(PlanForm.TargetPercent)),
        ActivityTargetPercent = Percent(Input.ActivityTargetPercent, nameof(PlanForm.ActivityTargetPercent)),
        ReportingDates = Dates(Input.ReportingDates), ReportDueDays = Input.ReportDueDays,
        // No kind ticked is the plan's default, as an absent list is in the API: a plan always has someone to report.
        ReportingUnitKinds = Input.ReportingUnitKinds.Count == 0 ? null : Input.ReportingUnitKinds,
        ConsolidatingUnitCode = string.IsNullOrWhiteSpace(Input.ConsolidatingUnitCode) ? null : RosterAccess.BareCode(Input.ConsolidatingUnitCode),
        Version = Input.Version,
    };

    /// <summary>A percent written the Vietnamese way (99,5) or the browser's (99.5); empty is the default.</summary>
    private decimal? Percent(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (decimal.TryParse(text.Trim().Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        ModelState.AddModelError("Input." + field, Message(TrainingErrorCodes.CoveragePlanTargetInvalid));
        return null;
    }

    /// <summary>dd/MM/yyyy dates separated by commas; empty is the default (every 30/06 and 31/12 inside the period).</summary>
    private List<DateOnly>? Dates(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var dates = new List<DateOnly>();
        foreach (var part in text.Split(DateSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!DateOnly.TryParseExact(part, ["dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                ModelState.AddModelError("Input." + nameof(PlanForm.ReportingDates), Message("Plans:ReportingDatesFormat", part));
                return null;
            }

            dates.Add(date);
        }

        return dates;
    }

    private async Task LoadAsync(Guid? id, CancellationToken cancellationToken)
    {
        Existing = id is { } planId ? await plans.GetAsync(planId, cancellationToken) : null;
        var choices = await plans.GetCourseChoicesAsync(cancellationToken);
        Courses = [.. choices, .. (Existing?.CourseCodes ?? []).Where(code => choices.All(c => c.Code != code)).Select(code => new CoverageCourseDto(code, code))];
        Units = await UnitsInScopeAsync(units, permissions, Existing?.StartsOn ?? Training.Timing.BusinessClock.Today(clock), cancellationToken);
    }

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public sealed class PlanForm
    {
        [Required(ErrorMessage = "Validation:Required")]
        [StringLength(CoverageConsts.MaxNameLength)]
        [Display(Name = "Plans:Name")]
        public string Name { get; set; } = string.Empty;

        [Required(ErrorMessage = "Validation:Required")]
        [Display(Name = "Plans:StartsOn")]
        public DateOnly? StartsOn { get; set; }

        [Required(ErrorMessage = "Validation:Required")]
        [Display(Name = "Plans:EndsOn")]
        public DateOnly? EndsOn { get; set; }

        [Required(ErrorMessage = "Validation:Required")]
        [Display(Name = "Plans:RootUnit")]
        public string RootUnitCode { get; set; } = string.Empty;

        public List<StaffRole> Roles { get; set; } = [];

        public List<string> CourseCodes { get; set; } = [];

        [Display(Name = "Plans:TargetPercent")]
        public string? TargetPercent { get; set; }

        [Display(Name = "Plans:ActivityTargetPercent")]
        public string? ActivityTargetPercent { get; set; }

        [Display(Name = "Plans:ReportingDates")]
        public string? ReportingDates { get; set; }

        [Display(Name = "Plans:ReportDueDays")]
        public int? ReportDueDays { get; set; }

        public List<OrganizationUnitKind> ReportingUnitKinds { get; set; } = [];

        [Display(Name = "Plans:ConsolidatingUnit")]
        public string? ConsolidatingUnitCode { get; set; }

        public Guid? Version { get; set; }
    }
}
