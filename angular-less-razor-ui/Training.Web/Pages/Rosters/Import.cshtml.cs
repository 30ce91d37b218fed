using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Training.Common;
using Training.Permissions;
using Training.Rosters;

using Training.Web.Common;

namespace Training.Web.Pages.Rosters;

/// <summary>Hands a roster file to a background import, a dry run first by default; the job page shows its progress.</summary>
[Authorize(TrainingPermissions.Rosters.Import)]
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public class ImportModel(IStaffImportJobAppService imports, TimeProvider clock) : TrainingPageModel
{
    private const long MaxRequestBytes = StaffMemberConsts.MaxImportFileBytes + (1024 * 1024);

    [BindProperty(SupportsGet = true)]
    [Display(Name = "DisplayName:AsOf")]
    public DateOnly? AsOf { get; set; }

    [BindProperty]
    [Display(Name = "DisplayName:ImportFile")]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public StaffImportMode Mode { get; set; }

    [BindProperty]
    public bool DryRun { get; set; } = true;

    public DateOnly Date => AsOf ?? Training.Timing.BusinessClock.Today(clock);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Upload is null || Upload.Length == 0 || !Upload.FileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            ModelState.AddModelError(nameof(Upload), Message(TrainingErrorCodes.ImportFileNotXlsx));
            return Page();
        }

        await using var stream = Upload.OpenReadStream();
        var id = Guid.Empty;
        return await RunAsync(async () => id = await imports.QueueAsync(Upload.FileName, stream, Date, DryRun, Mode, cancellationToken))
            ? RedirectToPage("/Rosters/ImportJob", new { id })
            : Page();
    }
}
