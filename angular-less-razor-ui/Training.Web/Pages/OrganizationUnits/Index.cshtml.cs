using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Training.Identity;
using Training.OrganizationUnits;
using Training.Permissions;

using Training.Web.Common;

namespace Training.Web.Pages.OrganizationUnits;

/// <summary>Browse the unit tree as it stood on a date: the children of one unit, with ended units shown on request.</summary>
[Authorize(TrainingPermissions.OrganizationUnits.Default)]
public class IndexModel(IOrganizationUnitAppService units, IPermissionChecker permissions, TimeProvider clock) : TrainingPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? ParentId { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? AsOf { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool ShowEnded { get; set; }

    public OrganizationUnitDetailDto? Parent { get; private set; }

    public IReadOnlyList<OrganizationUnitDto> Children { get; private set; } = [];

    /// <summary>May move the staff of ended units to their successors.</summary>
    public bool CanManage { get; private set; }

    public DateOnly Date => AsOf ?? Training.Timing.BusinessClock.Today(clock);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Parent = ParentId is { } id ? await units.GetAsync(id, cancellationToken) : null;
        var all = await units.GetAllChildrenAsync(ParentId, cancellationToken);
        CanManage = await permissions.IsGrantedAsync(TrainingPermissions.OrganizationUnits.Manage, cancellationToken);
        Children = ShowEnded ? all : all.Where(u => u.ValidFrom <= Date && (u.ValidTo is null || u.ValidTo >= Date)).ToList();
    }
}
