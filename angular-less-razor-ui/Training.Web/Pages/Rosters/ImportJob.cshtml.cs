using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Training.Permissions;
using Training.Rosters;

using Training.Web.Common;

namespace Training.Web.Pages.Rosters;

/// <summary>A queued import: progress while it runs (the page refreshes itself, with or without JavaScript), then the
/// result row by row, the file back with its error column, and the next step.</summary>
[Authorize(TrainingPermissions.Rosters.Import)]
public class ImportJobModel(IStaffImportJobAppService imports) : TrainingPageModel
{
    public const int ErrorsShown = 500;

    public StaffImportJobDto Job { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) => Job = await imports.GetAsync(id, cancellationToken);

    public async Task<IActionResult> OnGetReportAsync(Guid id, CancellationToken cancellationToken) =>
        Download(await imports.GetErrorReportAsync(id, cancellationToken));

    public async Task<IActionResult> OnPostRepeatAsync(Guid id, bool dryRun, StaffImportMode mode, CancellationToken cancellationToken) =>
        RedirectToPage(new { id = await imports.RepeatAsync(id, dryRun, mode, cancellationToken) });
}
