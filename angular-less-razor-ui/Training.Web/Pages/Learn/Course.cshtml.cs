using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Training.Courses;
using Training.Permissions;

using Training.Web.Common;

namespace Training.Web.Pages.Learn;

[Authorize(TrainingPermissions.Courses.Learn)]
public class CourseModel(ICatalogueAppService catalogue) : TrainingPageModel
{
    public CatalogueCourseDetailDto Detail { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) => Detail = await catalogue.GetCourseAsync(id, cancellationToken);
}
