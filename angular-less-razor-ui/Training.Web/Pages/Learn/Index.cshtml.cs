using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Training.Common;
using Training.Courses;
using Training.Permissions;

using Training.Web.Common;

namespace Training.Web.Pages.Learn;

/// <summary>The learner's catalogue: the published courses for its role, how far it got, where to continue.</summary>
[Authorize(TrainingPermissions.Courses.Learn)]
public class IndexModel(ICatalogueAppService catalogue) : TrainingPageModel
{
    public IReadOnlyList<CatalogueCourseDto> Courses { get; private set; } = [];

    public Task OnGetAsync(CancellationToken cancellationToken) => RunAsync(async () => Courses = await catalogue.GetCoursesAsync(cancellationToken));
}
