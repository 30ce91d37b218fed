using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Training.Identity;
using Training.OrganizationUnits;

using Training.Web.Common;

namespace Training.Web.Pages;

/// <summary>The home page: what the signed-in user's role does here, and the units it works for.</summary>
public class IndexModel(IOrganizationUnitAppService units, Training.Notifications.INotificationAppService notifications, IPermissionChecker permissions)
    : TrainingPageModel
{
    public IReadOnlyList<string> Roles { get; private set; } = [];

    public IReadOnlyList<OrganizationUnitDto> Units { get; private set; } = [];

    public IReadOnlyList<Training.Notifications.NotificationDto> Notifications { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Roles = TrainingRoles.All.Where(r => User.IsInRole(r)).ToList();
        // A learner works for no unit: its home page shows its notifications only.
        if (await permissions.IsGrantedAsync(Training.Permissions.TrainingPermissions.OrganizationUnits.Default, cancellationToken))
        {
            Units = await units.GetAssignedAsync(cancellationToken);
        }

        if (await permissions.IsGrantedAsync(Training.Permissions.TrainingPermissions.Notifications, cancellationToken))
        {
            Notifications = await notifications.GetUnreadAsync(cancellationToken);
        }
    }

    public async Task<Microsoft.AspNetCore.Mvc.IActionResult> OnPostReadAsync(Guid id, CancellationToken cancellationToken)
    {
        await notifications.MarkReadAsync(id, cancellationToken);
        return RedirectToPage();
    }

    public string? DisplayName => User.FindFirstValue(Identity.TrainingClaimsPrincipalFactory.DisplayNameClaim);
}
