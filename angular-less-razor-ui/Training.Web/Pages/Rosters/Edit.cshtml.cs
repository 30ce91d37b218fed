using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Training.Common;
using Training.Identity;
using Training.OrganizationUnits;
using Training.Permissions;
using Training.Rosters;
using Training.Web.Common;

namespace Training.Web.Pages.Rosters;

/// <summary>One person: add, correct, move to another unit (dated), or take off the roster.</summary>
[Authorize(TrainingPermissions.Rosters.Default)]
public class EditModel(IStaffMemberAppService staff, IOrganizationUnitAppService units, IPermissionChecker permissions, TimeProvider clock)
    : TrainingPageModel
{
    [BindProperty]
    public StaffForm Input { get; set; } = new();

    public StaffMemberDto? Existing { get; private set; }

    public IReadOnlyList<OrganizationUnitDto> Units { get; private set; } = [];

    public bool CanManage { get; private set; }

    public bool SeesNationalId { get; private set; }

    public bool SeesEthnicity { get; private set; }

    /// <summary>The person's unit history, oldest first.</summary>
    public IReadOnlyList<StaffAssignmentDto> History { get; private set; } = [];

    /// <summary>An admin may correct a wrong past move here (audited).</summary>
    public bool CanCorrectHistory { get; private set; }

    [TempData]
    public string? Saved { get; set; }

    public async Task OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        FillForm();
    }

    public async Task<IActionResult> OnPostCorrectAsync(Guid id, Guid assignmentId, string? unitCode, DateOnly from, CancellationToken cancellationToken)
    {
        if (await RunAsync(() => staff.CorrectAssignmentAsync(id, assignmentId,
                new CorrectStaffAssignmentDto { UnitCode = RosterAccess.BareCode(unitCode ?? string.Empty), From = from }, cancellationToken)))
        {
            Saved = "1";
            return RedirectToPage(new { id });
        }

        await LoadAsync(id, cancellationToken);
        FillForm();
        return Page();
    }

    private void FillForm()
    {
        if (Existing is { } p)
        {
            Input = new StaffForm
            {
                FullName = p.FullName, Gender = p.Gender, BirthDate = p.BirthDate, Ethnicity = p.Ethnicity, NationalId = p.NationalId, Phone = p.Phone,
                Email = p.Email, UnitCode = $"{p.UnitCode} - {p.UnitName}", Role = p.Role, InScope = p.InScope, ActiveFrom = p.ActiveFrom, ActiveTo = p.ActiveTo,
            };
        }
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var unitCode = RosterAccess.BareCode(Input.UnitCode);
        StaffMemberDto? saved = null;
        if (await RunAsync(async () => saved = Existing is null
                ? await staff.CreateAsync(new CreateStaffMemberDto
                {
                    FullName = Input.FullName, Gender = Input.Gender, BirthDate = Input.BirthDate, Ethnicity = SeesEthnicity ? Input.Ethnicity : null,
                    NationalId = SeesNationalId ? Input.NationalId : null, Phone = Input.Phone, Email = Input.Email, UnitCode = unitCode, Role = Input.Role,
                    InScope = Input.InScope, ActiveFrom = Input.ActiveFrom,
                }, cancellationToken)
                : await staff.UpdateAsync(Existing.Id, new UpdateStaffMemberDto
                {
                    FullName = Input.FullName, Gender = Input.Gender, BirthDate = Input.BirthDate, Ethnicity = SeesEthnicity ? Input.Ethnicity ?? string.Empty : null,
                    NationalId = SeesNationalId ? Input.NationalId ?? string.Empty : null, Phone = Input.Phone ?? string.Empty, Email = Input.Email ?? string.Empty,
                    UnitCode = unitCode == Existing.UnitCode ? null : unitCode, MovedOn = Input.MovedOn, Role = Input.Role, InScope = Input.InScope,
                    ActiveTo = Input.ActiveTo, Clear = EmptiedChoices(),
                }, cancellationToken)))
        {
            Saved = "1";
            return RedirectToPage(new { id = saved!.Id });
        }

        return Page();
    }

    /// <summary>An emptied form field clears its value: texts are sent empty, a choice or a date is named in <c>clear</c>.</summary>
    private List<string> EmptiedChoices() =>
        [.. new (string Field, bool Empty)[] { ("gender", Input.Gender is null), ("birthDate", Input.BirthDate is null), ("activeTo", Input.ActiveTo is null) }
            .Where(f => f.Empty).Select(f => f.Field)];

    private async Task LoadAsync(Guid? id, CancellationToken cancellationToken)
    {
        CanManage = await permissions.IsGrantedAsync(TrainingPermissions.Rosters.Manage, cancellationToken);
        SeesNationalId = await permissions.IsGrantedAsync(TrainingPermissions.Rosters.ViewNationalId, cancellationToken);
        SeesEthnicity = await permissions.IsGrantedAsync(TrainingPermissions.Rosters.ViewEthnicity, cancellationToken);
        Units = await UnitsInScopeAsync(units, permissions, Training.Timing.BusinessClock.Today(clock), cancellationToken);
        CanCorrectHistory = await permissions.IsGrantedAsync(TrainingPermissions.Rosters.CorrectHistory, cancellationToken);
        Existing = id is { } staffId ? await staff.GetAsync(staffId, cancellationToken) : null;
        History = Existing is null ? [] : await staff.GetAssignmentsAsync(Existing.Id, cancellationToken);
    }

    public sealed class StaffForm
    {
        [Required(ErrorMessage = "Validation:Required")]
        [StringLength(StaffMemberConsts.MaxFullNameLength)]
        [Display(Name = "DisplayName:DisplayName")]
        public string FullName { get; set; } = string.Empty;

        [Display(Name = "DisplayName:Gender")]
        public Gender? Gender { get; set; }

        [Display(Name = "DisplayName:BirthDate")]
        public DateOnly? BirthDate { get; set; }

        [Display(Name = "DisplayName:Ethnicity")]
        public string? Ethnicity { get; set; }

        [Display(Name = "DisplayName:NationalId")]
        public string? NationalId { get; set; }

        [Display(Name = "DisplayName:Phone")]
        public string? Phone { get; set; }

        [Display(Name = "DisplayName:Email")]
        public string? Email { get; set; }

        [Required(ErrorMessage = "Validation:Required")]
        [Display(Name = "DisplayName:Unit")]
        public string UnitCode { get; set; } = string.Empty;

        [Display(Name = "DisplayName:MovedOn")]
        public DateOnly? MovedOn { get; set; }

        [Display(Name = "DisplayName:StaffRole")]
        public StaffRole Role { get; set; }

        [Display(Name = "DisplayName:InScope")]
        public bool InScope { get; set; } = true;

        [Display(Name = "DisplayName:ActiveFrom")]
        public DateOnly? ActiveFrom { get; set; }

        [Display(Name = "DisplayName:ActiveTo")]
        public DateOnly? ActiveTo { get; set; }
    }
}
