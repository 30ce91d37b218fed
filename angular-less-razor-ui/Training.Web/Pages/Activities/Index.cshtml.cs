using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Training.Activities;
using Training.Common;
using Training.Identity;
using Training.Permissions;
using Training.Web.Common;

namespace Training.Web.Pages.Activities;

/// <summary>The information activities held by the caller's units, newest first, filtered by unit and period.</summary>
[Authorize(TrainingPermissions.Activities.Default)]
public class IndexModel(IActivityAppService activities, IPermissionChecker permissions) : TrainingPageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? UnitCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PagedResultDto<ActivityDto> Result { get; private set; } = new([], 0);

    public bool CanManage { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        CanManage = await permissions.IsGrantedAsync(TrainingPermissions.Activities.Manage, cancellationToken);
        await RunAsync(async () => Result = await activities.GetListAsync(new GetActivitiesInput
        {
            UnitCode = string.IsNullOrWhiteSpace(UnitCode) ? null : UnitCode.Trim(),
            From = From,
            To = To,
            Page = Math.Clamp(PageNumber, 1, PagedInput.MaxPage),
            PageSize = PageSize,
        }, cancellationToken), form: nameof(UnitCode));
    }
}
