using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Training.Common;
using Training.Identity;
using Training.Permissions;

using Training.Web.Common;

namespace Training.Web.Pages.Admin.Users;

[Authorize(TrainingPermissions.Identity.Users)]
public class IndexModel(IUserAdminAppService users) : TrainingPageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PagedResultDto<UserDto> Result { get; private set; } = new([], 0);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Result = await users.GetListAsync(new GetUserListInput { Search = Search, Page = PageNumber, PageSize = PageSize }, cancellationToken);
}
