using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Training.Common;
using Training.Identity;
using Training.Permissions;
using Training.Web.Common;

namespace Training.Web.Pages.Admin.Roles;

/// <summary>Which role holds which permission; the admin edits one role at a time.</summary>
[Authorize(TrainingPermissions.Identity.Roles)]
public class IndexModel(IRolePermissionAppService roles) : TrainingPageModel
{
    public IReadOnlyList<RolePermissionsDto> Roles { get; private set; } = [];

    [TempData]
    public string? SavedRole { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Roles = await roles.GetAllAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(string role, string[] permissions, CancellationToken cancellationToken)
    {
        if (await RunAsync(() => roles.SetAsync(role, permissions, cancellationToken)))
        {
            SavedRole = role;
            return RedirectToPage();
        }

        Roles = await roles.GetAllAsync(cancellationToken);
        return Page();
    }
}
