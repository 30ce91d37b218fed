using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Training.Courses;
using Training.Permissions;

namespace Training.Web.Pages.Learn;

[Authorize(TrainingPermissions.Courses.Learn)]
public class CourseModel(ICatalogueAppService catalogue) : PageModel
{
    public CatalogueCourseDetailDto Detail { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) => Detail = await catalogue.GetCourseAsync(id, cancellationToken);
}
