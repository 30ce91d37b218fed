using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Training.Common;
using Training.Courses;
using Training.Identity;
using Training.Permissions;

using Training.Web.Common;

namespace Training.Web.Pages.Courses;

[Authorize(TrainingPermissions.Courses.Default)]
public class IndexModel(ICourseAppService courses, IPermissionChecker permissions) : TrainingPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    public PagedResultDto<CourseDto> Result { get; private set; } = new([], 0);

    public bool CanManage { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        CanManage = await permissions.IsGrantedAsync(TrainingPermissions.Courses.Manage, cancellationToken);
        Result = await courses.GetListAsync(new GetCourseListInput { Search = Search, PageSize = 200 }, cancellationToken);
    }
}
