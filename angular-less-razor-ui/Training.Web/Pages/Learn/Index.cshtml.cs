using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Training.Common;
using Training.Courses;
using Training.Permissions;

namespace Training.Web.Pages.Learn;

/// <summary>The learner's catalogue: the published courses for its role, how far it got, where to continue.</summary>
[Authorize(TrainingPermissions.Courses.Learn)]
public class IndexModel(ICatalogueAppService catalogue, TrainingProblems problems) : PageModel
{
    public IReadOnlyList<CatalogueCourseDto> Courses { get; private set; } = [];

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        try
        {
            Courses = await catalogue.GetCoursesAsync(cancellationToken);
        }
        catch (TrainingException e)
        {
            Error = problems.Message(e.Code);
        }
    }
}
