using Microsoft.AspNetCore.Authorization;
using Training.Coverage;
using Training.Identity;
using Training.Permissions;
using Training.Web.Common;

namespace Training.Web.Pages.Coverage.Plans;

/// <summary>The coverage plans, each leading to its dashboard and, for those who manage plans, to its form.</summary>
[Authorize(TrainingPermissions.Coverage.View)]
public class IndexModel(ICoveragePlanAppService plans, IPermissionChecker permissions) : TrainingPageModel
{
    public IReadOnlyList<CoveragePlanDto> Plans { get; private set; } = [];

    public bool CanManage { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        CanManage = await permissions.IsGrantedAsync(TrainingPermissions.Coverage.ManagePlans, cancellationToken);
        Plans = await plans.GetListAsync(cancellationToken);
    }
}
