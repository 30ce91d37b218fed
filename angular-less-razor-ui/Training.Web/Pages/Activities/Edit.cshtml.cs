using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Training.Activities;
using Training.Common;
using Training.Identity;
using Training.OrganizationUnits;
using Training.Permissions;
using Training.Rosters;
using Training.Web.Common;

namespace Training.Web.Pages.Activities;

/// <summary>
/// Recording an activity from a phone: the unit, day, form, title, how many came, and a photo taken there. The photo is
/// uploaded with the form (no script needed) and kept when the activity is saved again without a new one.
/// </summary>
[Authorize(TrainingPermissions.Activities.Manage)]
public class EditModel(IActivityAppService activities, IOrganizationUnitAppService units, IPermissionChecker permissions, TimeProvider clock)
    : TrainingPageModel
{
    [BindProperty]
    public ActivityForm Input { get; set; } = new();

    public ActivityDto? Existing { get; private set; }

    public IReadOnlyList<OrganizationUnitDto> Units { get; private set; } = [];

    [TempData]
    public string? Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = Existing is { } a
            ? new ActivityForm
            {
                UnitCode = $"{a.UnitCode} - {a.UnitName}", Date = a.Date, Form = a.Form, Title = a.Title, Participants = a.Participants,
                Version = a.Version,
            }
            : new ActivityForm { Date = Training.Timing.BusinessClock.Today(clock) };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        ActivityDto? saved = null;
        if (await RunAsync(async () =>
            {
                // The photo goes with the activity in one save: a refused form leaves no file behind.
                var upload = Input.Photo is { Length: > 0 } photo
                    ? new ActivityUpload(photo.FileName, await AttachmentUploads.ReadAsync(photo, cancellationToken))
                    : null;
                var input = new SaveActivityDto
                {
                    UnitCode = RosterAccess.BareCode(Input.UnitCode), Date = Input.Date, Form = Input.Form, Title = Input.Title,
                    Participants = Input.Participants, AttachmentId = Existing?.AttachmentId, Version = Input.Version,
                };
                saved = Existing is null
                    ? await activities.CreateAsync(input, upload, cancellationToken)
                    : await activities.UpdateAsync(Existing.Id, input, upload, cancellationToken);
            }))
        {
            Saved = "1";
            return RedirectToPage(new { id = saved!.Id });
        }

        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await RunAsync(() => activities.DeleteAsync(id, cancellationToken)))
        {
            return RedirectToPage("/Activities/Index");
        }

        await LoadAsync(id, cancellationToken);
        return Page();
    }

    /// <summary>False when the activity asked for does not exist (or was deleted).</summary>
    private async Task<bool> LoadAsync(Guid? id, CancellationToken cancellationToken)
    {
        Units = await UnitsInScopeAsync(units, permissions, Training.Timing.BusinessClock.Today(clock), cancellationToken);
        if (id is not { } activityId)
        {
            return true;
        }

        try
        {
            Existing = await activities.GetAsync(activityId, cancellationToken);
            return true;
        }
        catch (TrainingException e) when (e.Kind == TrainingErrorKind.NotFound)
        {
            return false;
        }
    }

    public sealed class ActivityForm
    {
        [Required(ErrorMessage = "Validation:Required")]
        [Display(Name = "DisplayName:Unit")]
        public string UnitCode { get; set; } = string.Empty;

        [Required(ErrorMessage = "Validation:Required")]
        [Display(Name = "Activities:Date")]
        public DateOnly? Date { get; set; }

        [Display(Name = "Activities:Form")]
        public Training.Activities.ActivityForm Form { get; set; }

        [Required(ErrorMessage = "Validation:Required")]
        [StringLength(ActivityConsts.MaxTitleLength)]
        [Display(Name = "Activities:ActivityTitle")]
        public string Title { get; set; } = string.Empty;

        [Range(0, ActivityConsts.MaxParticipants)]
        [Display(Name = "Activities:Participants")]
        public int? Participants { get; set; }

        [Display(Name = "Activities:Photo")]
        public IFormFile? Photo { get; set; }

        /// <summary>The version the form was read at: saving over a change made since is refused.</summary>
        public Guid? Version { get; set; }
    }
}
